import { describe, expect, it } from 'vitest';
import {
  commonRegion,
  coverFacts,
  coverSubtitle,
  fiveYearPlanOf,
  longestCommonPrefix,
  planPeriodText,
  planStartYear,
} from '../../../../main/core/deck/cover';
import { seedLike } from '../../../fixtures/deck/seed-like';

describe('the cover’s region', () => {
  it('is the place all part headlines start with', () => {
    const headlines = ['内蒙古民生福祉实现“四个显著提升”', '内蒙古生态屏障筑就『三个持续向好』', '内蒙古高质量发展实现“三个新跃升”'];
    expect(longestCommonPrefix(headlines)).toBe('内蒙古');
    expect(commonRegion(headlines)).toBe('内蒙古');
  });

  it('is trimmed to the place name when the headlines share more than the place', () => {
    expect(commonRegion(['内蒙古自治区民生改善', '内蒙古自治区民族团结'])).toBe('内蒙古自治区');
    expect(commonRegion(['广东省经济总量', '广东省经济增速'])).toBe('广东省');
    expect(commonRegion(['内蒙古生态向好', '内蒙古生产发展'])).toBe('内蒙古');
    expect(commonRegion(['呼和浩特市民生', '呼和浩特市交通'])).toBe('呼和浩特市');
  });

  it('is null when there is no common place, or only one headline', () => {
    expect(commonRegion(['民生福祉显著提升', '生态屏障持续向好'])).toBeNull();
    expect(commonRegion(['经济发展新成就', '经济结构新变化'])).toBeNull();
    expect(commonRegion(['内蒙古民生福祉'])).toBeNull();
    expect(commonRegion([])).toBeNull();
  });
});

describe('the cover’s period', () => {
  it.each([
    ['“十四五”成就', '十四五', 14, 2021, 2025],
    ['“十三五”回顾', '十三五', 13, 2016, 2020],
    ['“十五五”规划开局', '十五五', 15, 2026, 2030],
    ['“十五”计划', '十五', 10, 2001, 2005],
    ['“十一五”成就', '十一五', 11, 2006, 2010],
    ['“一五”时期', '一五', 1, 1953, 1957],
    ['“三五”时期', '三五', 3, 1966, 1970],
    ['十四五规划纲要', '十四五', 14, 2021, 2025],
  ])('%s → %s (%i), %i—%i', (title, name, ordinal, start, end) => {
    expect(fiveYearPlanOf(title)).toEqual({ name, ordinal, startYear: start, endYear: end });
  });

  it('computes a plan’s first year from its ordinal, across the 1963–65 readjustment', () => {
    expect([1, 2, 3, 13, 14, 15].map(planStartYear)).toEqual([1953, 1958, 1966, 2016, 2021, 2026]);
  });

  it('writes the period as “十四五”时期（2021—2025年）', () => {
    const plan = fiveYearPlanOf('“十四五”成就');
    expect(plan && planPeriodText(plan)).toBe('“十四五”时期（2021—2025年）');
  });

  it('is null when the title names no plan', () => {
    expect(fiveYearPlanOf('内蒙古2024年工作报告')).toBeNull();
    expect(fiveYearPlanOf('五年来的成就')).toBeNull();
  });
});

describe('the cover’s subtitle', () => {
  it('counts the parts and keeps the title’s topic', () => {
    expect(coverSubtitle('“十四五”成就', 3)).toBe('三大领域成就');
    expect(coverSubtitle('青川“十四五”答卷', 2)).toBe('两大领域青川答卷');
  });

  it('is null for a title that names no plan: it would only say the title again', () => {
    expect(coverSubtitle('年度回顾', 2)).toBeNull();
    expect(coverSubtitle('某省2024年国民经济和社会发展统计公报', 2)).toBeNull();
    expect(coverSubtitle('“十四五”时期全省经济社会发展主要成就回顾', 3)).toBeNull();
  });

  it('is null for a single part', () => {
    expect(coverSubtitle('“十四五”成就', 1)).toBeNull();
  });

  it('reads all three from the seed-like briefing', () => {
    expect(coverFacts(seedLike().briefing)).toEqual({
      region: '内蒙古',
      period: '“十四五”时期（2021—2025年）',
      subtitle: '三大领域成就',
    });
  });
});
