import { describe, expect, it } from 'vitest';
import type { DeckBudget } from '../../../main/shared/deck';
import { formatMinutes, partMinutes, planMeeting } from '../../../main/shared/meeting-plan';
import { cover, divider, page } from '../../support/timed-slides';

const partBudget = (partIndex: number, minutes: number): DeckBudget => ({ key: `part:${partIndex}`, title: `第${partIndex + 1}部分`, scope: 'part', minutes });
const sectionBudget = (key: string, minutes: number): DeckBudget => ({ key, title: key, scope: 'section', minutes });

describe('the meeting plan', () => {
  it('has no segments and no total when no time is set', () => {
    const plan = planMeeting([cover(), divider(0), page(0, '就业', 1)]);
    expect(plan.segments).toEqual([]);
    expect(plan.segmentOf).toEqual([null, null, null]);
    expect(plan.totalMinutes).toBeNull();
  });

  it('puts every slide of a part with a budget under that budget, its sections’ budgets aside', () => {
    const slides = [cover(), divider(0), page(0, '就业', 1, { minutes: 3 }), page(0, '教育', 1), divider(1), page(1, '生态', 1)];
    const plan = planMeeting(slides, [partBudget(0, 10), sectionBudget('教育', 4), sectionBudget('生态', 6)]);
    expect(plan.segments.map((s) => [s.scope, s.key, s.minutes, s.slides])).toEqual([
      ['part', 'part:0', 10, [1, 2, 3]],
      ['section', '生态', 6, [5]],
    ]);
    expect(plan.segmentOf).toEqual([null, 0, 0, 0, null, 1]);
    expect(plan.totalMinutes).toBe(16);
  });

  it('times a section by its budget, else by the minutes of its shown pages, else a slide by its own', () => {
    const slides = [
      cover(),
      divider(0, 1),
      page(0, '就业', 1, { minutes: 2 }),
      page(0, '就业', 2, { minutes: 1.5 }),
      page(0, '就业', 3, { minutes: 9, hidden: true }),
      page(0, '教育', 1, { minutes: 5 }),
    ];
    const plan = planMeeting(slides, [sectionBudget('教育', 4)]);
    expect(plan.segments.map((s) => [s.scope, s.key, s.minutes])).toEqual([
      ['slide', 'part:0', 1],
      ['section', '就业', 3.5],
      ['section', '教育', 4],
    ]);
    // The hidden page belongs to its section (if the presenter jumps to it) but adds no minutes.
    expect(plan.segmentOf[4]).toBe(1);
    expect(plan.totalMinutes).toBe(8.5);
    expect(partMinutes(plan, slides, 0)).toBe(8.5);
    expect(partMinutes(plan, slides, 1)).toBeNull();
  });

  it('gives a part’s planned time as its budget when it has one', () => {
    const slides = [divider(0), page(0, '就业', 1, { minutes: 3 }), divider(1), page(1, '生态', 1, { minutes: 2 })];
    const plan = planMeeting(slides, [partBudget(0, 10)]);
    expect(partMinutes(plan, slides, 0)).toBe(10);
    expect(partMinutes(plan, slides, 1)).toBe(2);
    expect(plan.totalMinutes).toBe(12);
  });

  it('writes planned times in minutes, and hours past an hour', () => {
    expect(formatMinutes(10)).toBe('10 分钟');
    expect(formatMinutes(7.5)).toBe('7.5 分钟');
    expect(formatMinutes(60)).toBe('1 小时');
    expect(formatMinutes(90)).toBe('1 小时 30 分钟');
  });
});
