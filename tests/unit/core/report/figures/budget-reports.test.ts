/**
 * A budget report (关于…预算执行情况和…预算草案的报告), invented: how far a budget was carried out, amounts
 * budgeted, a debt held within its limit, and parts whose headings say which year they are about.
 */
import { describe, expect, it } from 'vitest';
import { analyseReport } from '../../../../../main/core/report';
import type { Figure } from '../../../../../main/shared/figure';
import { derivedFigures, figure, figuresOf } from './helpers';

const budgetReport = [
  '# 关于某市2024年预算执行情况和2025年预算草案的报告',
  '',
  '## 一、2024年预算执行情况',
  '',
  '### （一）一般公共预算',
  '',
  '全市一般公共预算收入完成386.5亿元，为预算的101.2%，比上年增长3.5%。全市一般公共预算支出完成712.4亿元，为调整预算的96.8%，增长4.6%。',
  '',
  '市级一般公共预算收入完成128.6亿元，加上转移性收入215.3亿元，收入总计343.9亿元。',
  '',
  '### （二）政府债务情况',
  '',
  '截至2024年末，全市政府债务余额1256.3亿元，控制在省核定的限额1320.0亿元以内。全年发行新增政府债券186.2亿元。',
  '',
  '## 二、2025年预算草案',
  '',
  '全市一般公共预算收入预期增长3%左右，安排400.1亿元；一般公共预算支出安排725.0亿元，增长1.8%。',
  '',
].join('\n');

const budgetFigures = (): Figure[] => analyseReport(budgetReport).figures;

describe('a budget report', () => {
  it('为预算的101.2%: how far the figure before carried out its budget, and a growth after it is the amount’s', () => {
    const figures = budgetFigures();
    expect(figure(figures, '101.2').label).toBe('一般公共预算收入完成预算');
    expect(figure(figures, '96.8').label).toBe('一般公共预算支出完成调整预算');
    expect(figure(figures, '3.5').label).toBe('一般公共预算收入增速');
    expect(figure(figures, '4.6').label).toBe('一般公共预算支出增速');
  });

  it('derives no earlier value from a share of a budget and a growth in % (101.2% − 3.5% is no figure)', () => {
    expect(derivedFigures(budgetFigures())).toEqual([]);
    // A change in % of a value in %: relative, not points — nothing is derived from it either.
    expect(derivedFigures(figuresOf('全市城镇化率达到65.2%，比上年提高2%。'))).toEqual([]);
    // In points it is a difference, and the earlier rate is derived as before.
    expect(derivedFigures(figuresOf('全市城镇化率达到65.2%，比上年提高1.2个百分点。')).map((found) => found.valueText)).toEqual(['64.0']);
  });

  it('names what is added (加上转移性收入), the sum (收入总计), the limit a debt is held within, and what is budgeted (安排)', () => {
    const figures = budgetFigures();
    expect(figure(figures, '215.3').label).toBe('转移性收入');
    // A one-word subject keeps the 总计 that says it is a sum.
    expect(figure(figures, '343.9').label).toBe('收入总计');
    expect(figure(figures, '1320.0').label).toBe('省核定的限额');
    expect(figure(figures, '400.1').label).toBe('一般公共预算收入安排');
    expect(figure(figures, '725.0').label).toBe('一般公共预算支出安排');
  });

  it('dates what a part’s heading names the year of: 2024年 for the execution, 2025年 for the draft; its own period wins', () => {
    const figures = budgetFigures();
    expect(['386.5', '101.2', '712.4', '215.3', '186.2'].map((value) => figure(figures, value).period)).toEqual(['2024年', '2024年', '2024年', '2024年', '2024年']);
    expect(['3', '400.1', '725.0', '1.8'].map((value) => figure(figures, value).period)).toEqual(['2025年', '2025年', '2025年', '2025年']);
    expect(figure(figures, '1256.3').period).toBe('截至2024年末');
  });

  it('dates nothing by a heading that names a stretch or two years', () => {
    for (const heading of ['2020—2024年发展成就', '2023年和2024年对比', '“十四五”以来发展成就']) {
      const figures = analyseReport(`# 某市报告\n\n## 一、${heading}\n\n全市地区生产总值达到5126.8亿元。\n`).figures;
      expect(figure(figures, '5126.8').period, heading).toBeNull();
    }
  });
});
