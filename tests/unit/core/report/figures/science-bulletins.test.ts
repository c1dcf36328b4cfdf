/** A bulletin on spending for science and technology (科技经费投入统计公报), invented. */
import { describe, expect, it } from 'vitest';
import { figure, figuresOf } from './helpers';

describe('a science spending bulletin', () => {
  it('共投入研究与试验发展经费: the money spent is the 经费, 投入 only says it was spent', () => {
    expect(figure(figuresOf('全省共投入研究与试验发展（R&D）经费1526.8亿元，比上年增长9.0%。'), '1526.8').label).toBe('研究与试验发展（R&D）经费');
    // 投入 before what is not money stays: it is what is counted.
    expect(figure(figuresOf('全市投入使用的充电桩达到1.2万个。'), '1.2').label).toBe('投入使用的充电桩数量');
  });

  it('投入强度（与地区生产总值之比）: how the ratio is taken, in brackets, is no part of the label', () => {
    const figures = figuresOf('研究与试验发展（R&D）经费投入强度（与地区生产总值之比）为2.61%，比上年提高0.08个百分点。');
    expect(figure(figures, '2.61').label).toBe('研究与试验发展（R&D）经费投入强度');
  });

  it('高等学校: the 等 of a word is no 等 that closes a list', () => {
    const figures = figuresOf('企业、政府属研究机构、高等学校经费所占比重分别为78.5%、8.9%和9.3%。');
    expect(figures.map((found) => found.label)).toEqual(['企业经费所占比重', '政府属研究机构经费所占比重', '高等学校经费所占比重']);
    expect(figure(figuresOf('全省中等职业学校在校生12.3万人。'), '12.3').label).toBe('中等职业学校在校生');
    // A list closed by 等 still gives way to what follows it.
    expect(figure(figuresOf('钢铁、有色等传统产业增加值增长3.2%。'), '3.2').label).toBe('传统产业增加值增速');
  });

  it('占地方一般公共预算支出的比重: 占地 here is no land taken', () => {
    const figures = figuresOf('地方财政科学技术支出占地方一般公共预算支出的比重为4.12%，比上年提高0.21个百分点。');
    expect(figure(figures, '4.12').label).toBe('地方财政科学技术支出占地方一般公共预算支出比重');
  });

  it('基础研究、应用研究和试验发展经费所占比重分别为…: the items share the last one’s measure and what follows it', () => {
    const figures = figuresOf('基础研究、应用研究和试验发展经费所占比重分别为6.4%、10.6%和82.9%。');
    expect(figures.map((found) => found.label)).toEqual(['基础研究经费所占比重', '应用研究经费所占比重', '试验发展经费所占比重']);
    // As before where the last item is its measure alone after a short word.
    expect(figuresOf('粮食和肉类产量分别达到700万吨和50万吨。').map((found) => found.label)).toEqual(['粮食产量', '肉类产量']);
  });
});
