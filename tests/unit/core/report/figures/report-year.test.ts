/** The year a report is written in, where its own text dates it (report-year.ts), and 今年 dated with it. */
import { describe, expect, it } from 'vitest';
import { analyseReport } from '../../../../../main/core/report';
import { parseReport } from '../../../../../main/core/report/parse/index';
import { reportYearOf } from '../../../../../main/core/report/figures/report-year';

function release(lead: string, ...paragraphs: string[]): string {
  return ['答卷', '## 青川省经济实现“两个提升”', lead, '## 经济运行', ...paragraphs].join('\n\n');
}

const yearOf = (source: string) => reportYearOf(parseReport(source));

describe('reportYearOf', () => {
  it('reads a dateline or a full date in the lead', () => {
    expect(yearOf(release('本报讯（记者 周平）2025年11月20日，青川省举行新闻发布会。', '全省粮食产量达到700亿斤。'))).toBe(2025);
    expect(yearOf(release('本报讯（记者 周平）2024-12-03，青川省举行新闻发布会。', '全省粮食产量达到700亿斤。'))).toBe(2024);
  });

  it('reads the full date a report’s first paragraph opens with (a release’s date), and no date further in', () => {
    const plain = (opening: string) => ['青川省前三季度经济运行情况', opening, '## 一、总体平稳', '全省地区生产总值增长5.6%。'].join('\n\n');
    expect(yearOf(plain('2025年10月22日，青川省统计局发布前三季度全省经济运行数据。'))).toBe(2025);
    expect(yearOf(plain('青川省统计局发布前三季度全省经济运行数据，2023年12月20日以来的数据已修订。'))).toBeNull();
  });

  it('reads the year a government work report’s title names: it is given early in that year', () => {
    const address = ['2025年青川市政府工作报告', '## 一、2024年工作回顾', '全市地区生产总值增长5.8%。'].join('\n\n');
    expect(yearOf(address)).toBe(2025);
    const bulletin = ['青川市2024年国民经济和社会发展统计公报', '## 一、综合', '全市地区生产总值增长5.8%。'].join('\n\n');
    expect(yearOf(bulletin)).toBeNull();
  });

  it('reads 今年是“十四五”规划收官之年 / “十五五”开局之年', () => {
    expect(yearOf(release('本报讯（记者 周平）近日，青川省举行新闻发布会。', '今年是“十四五”规划收官之年，全省经济稳中有进。'))).toBe(2025);
    expect(yearOf(release('本报讯（记者 周平）近日，青川省举行新闻发布会。', '今年是“十五五”开局之年。'))).toBe(2026);
  });

  it('reads the latest year of a part-year figure (2025年1—10月): it is published during that year', () => {
    expect(yearOf(release('本报讯（记者 周平）近日，青川省举行新闻发布会。', '2024年全省GDP增长5.1%，2025年1—10月增长5.4%。'))).toBe(2025);
  });

  it('does not guess from a year that is only mentioned (a data year, a target)', () => {
    expect(yearOf(release('本报讯（记者 周平）近日，青川省举行新闻发布会。', '2024年全省GDP增长5.1%，到2027年力争突破3万亿元。'))).toBeNull();
  });
});

describe('今年 in figures', () => {
  it('resolves to the report’s year where the text dates it, and stays as written where it does not', () => {
    const dated = analyseReport(release('本报讯（记者 周平）2025年11月20日，青川省举行新闻发布会。', '今年以来，全省规模以上工业增加值增长6.8%，今年前三季度GDP增长5.3%。')).figures;
    expect(dated.map((f) => [f.valueText, f.period, f.label])).toEqual([
      ['6.8', '2025年以来', '规模以上工业增加值增速'], ['5.3', '2025年前三季度', 'GDP增速'],
    ]);
    const undated = analyseReport(release('本报讯（记者 周平）近日，青川省举行新闻发布会。', '今年以来，全省规模以上工业增加值增长6.8%。')).figures;
    expect(undated.map((f) => [f.period, f.label])).toEqual([['今年以来', '规模以上工业增加值增速']]);
  });
});
