import { describe, expect, it } from 'vitest';
import { qualifierOf, readQualifierSuffix } from '../../../../../main/core/report/figures/qualifiers';

describe('qualifiers', () => {
  it('reads a bound written after a value', () => {
    expect(readQualifierSuffix('95%以上，', 3)).toEqual({ qualifier: '以上', end: 5 });
    expect(readQualifierSuffix('60岁及以上', 3)).toEqual({ qualifier: '以上', end: 6 });
    expect(readQualifierSuffix('5%以内', 2)).toEqual({ qualifier: '以下', end: 4 });
    expect(readQualifierSuffix('3万人左右', 3)).toEqual({ qualifier: '约', end: 5 });
    expect(readQualifierSuffix('3万人。', 3)).toEqual({ qualifier: null, end: 3 });
  });

  it('keeps the most informative one: written bound > 多/余 > bounding verb > 累计 > 达到', () => {
    const none = { suffix: null, approximate: false, verbs: [] as string[], cumulative: false };
    expect(qualifierOf({ ...none, suffix: '以上', verbs: ['达'] })).toBe('以上');
    expect(qualifierOf({ ...none, approximate: true, verbs: ['达到'] })).toBe('超过');
    expect(qualifierOf({ ...none, verbs: ['突破'], cumulative: true })).toBe('突破');
    expect(qualifierOf({ ...none, verbs: ['超过'] })).toBe('超过');
    expect(qualifierOf({ ...none, verbs: ['逾'] })).toBe('超过');
    expect(qualifierOf({ ...none, verbs: ['近'] })).toBe('近');
    expect(qualifierOf({ ...none, verbs: ['约'] })).toBe('约');
    expect(qualifierOf({ ...none, verbs: ['至少'] })).toBe('至少');
    expect(qualifierOf({ ...none, verbs: ['不足'] })).toBe('以下');
    expect(qualifierOf({ ...none, verbs: ['达到'], cumulative: true })).toBe('累计');
    expect(qualifierOf({ ...none, verbs: ['达'] })).toBe('达到');
    expect(qualifierOf({ ...none, verbs: ['为'] })).toBeNull();
  });
});
