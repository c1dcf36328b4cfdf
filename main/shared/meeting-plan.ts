/**
 * The meeting's plan: which time budget each slide is presented under, and what the parts and the whole
 * meeting are planned to take. Shared by the core (the agenda slide lists the parts' times) and the presenter
 * view (elapsed against planned).
 *
 * The rule, one budget per slide, so that no minute is counted twice:
 *   1. a slide of a part that has a budget is presented under the part's budget (divider included);
 *   2. otherwise a page of a section is presented under the section's time: its budget, or else the sum of
 *      the minutes set on its shown pages;
 *   3. otherwise a slide is presented under its own minutes;
 *   4. otherwise under none (its time still counts for the meeting).
 * The widest unit with a budget wins: a part budget is what the presenter promised the meeting for that
 * part, and the meeting's planned time is the sum of these segments. Hidden slides add no minutes.
 */
import type { DeckBudget, Slide } from './deck';

export interface PlanSegment {
  /** The budget's key: the part's divider key, the section key or the slide key. */
  readonly key: string;
  readonly scope: 'part' | 'section' | 'slide';
  /** The part's headline, the section's heading or the slide's title. */
  readonly title: string;
  readonly minutes: number;
  /** Deck positions (0-based) of the slides presented under it, in order. */
  readonly slides: readonly number[];
}

export interface MeetingPlan {
  /** In deck order (by first slide). */
  readonly segments: readonly PlanSegment[];
  /** Per deck position, the index in `segments` of the slide's segment, or null. */
  readonly segmentOf: readonly (number | null)[];
  /** The whole meeting's planned minutes; null when no time is set anywhere. */
  readonly totalMinutes: number | null;
}

const slideKey = (slide: Slide): string => slide.key ?? slide.id;

const partOf = (slide: Slide): number | null => (slide.kind === 'divider' || slide.kind === 'content' ? slide.partIndex : null);

const shownMinutes = (slide: Slide): number => (slide.hidden === true ? 0 : (slide.minutes ?? 0));

export function planMeeting(slides: readonly Slide[], budgets: readonly DeckBudget[] = []): MeetingPlan {
  const budgetOf = new Map(budgets.map((budget) => [budget.key, budget]));
  const partBudget = new Map<number, DeckBudget>();
  for (const slide of slides) {
    const budget = slide.kind === 'divider' ? budgetOf.get(slideKey(slide)) : undefined;
    if (budget && slide.kind === 'divider') partBudget.set(slide.partIndex, budget);
  }
  const sectionMinutes = new Map<string, number>();
  for (const slide of slides) {
    if (slide.kind !== 'content' || !slide.sectionKey) continue;
    sectionMinutes.set(slide.sectionKey, (sectionMinutes.get(slide.sectionKey) ?? 0) + shownMinutes(slide));
  }

  const segments: { key: string; scope: PlanSegment['scope']; title: string; minutes: number; slides: number[] }[] = [];
  const byKey = new Map<string, number>();
  const segmentOf = slides.map((slide, at): number | null => {
    const found = segmentFor(slide);
    if (!found) return null;
    const id = `${found.scope}:${found.key}`;
    let index = byKey.get(id);
    if (index === undefined) {
      index = segments.push({ ...found, slides: [] }) - 1;
      byKey.set(id, index);
    }
    segments[index]?.slides.push(at);
    return index;
  });

  function segmentFor(slide: Slide): Omit<PlanSegment, 'slides'> | null {
    const part = partOf(slide);
    const budget = part === null ? undefined : partBudget.get(part);
    if (budget) return { key: budget.key, scope: 'part', title: budget.title, minutes: budget.minutes };
    if (slide.kind === 'content' && slide.sectionKey) {
      const section = budgetOf.get(slide.sectionKey);
      const minutes = section?.minutes ?? sectionMinutes.get(slide.sectionKey) ?? 0;
      if (minutes > 0) return { key: slide.sectionKey, scope: 'section', title: section?.title ?? slide.heading, minutes };
    }
    const own = shownMinutes(slide);
    return own > 0 ? { key: slideKey(slide), scope: 'slide', title: slide.title, minutes: own } : null;
  }

  const totalMinutes = segments.length === 0 ? null : segments.reduce((sum, segment) => sum + segment.minutes, 0);
  return { segments, segmentOf, totalMinutes };
}

/** A part's planned minutes (its budget, or the times of the sections and slides in it); null when none. */
export function partMinutes(plan: MeetingPlan, slides: readonly Slide[], partIndex: number): number | null {
  let minutes = 0;
  let any = false;
  for (const segment of plan.segments) {
    const first = slides[segment.slides[0] ?? -1];
    if (!first || partOf(first) !== partIndex) continue;
    minutes += segment.minutes;
    any = true;
  }
  return any ? minutes : null;
}

/** 10 → "10 分钟", 7.5 → "7.5 分钟", 90 → "1 小时 30 分钟": how a planned time is written on a slide. */
export function formatMinutes(minutes: number): string {
  const rounded = Math.round(minutes * 10) / 10;
  if (rounded < 60) return `${rounded} 分钟`;
  const hours = Math.floor(rounded / 60);
  const rest = Math.round((rounded - hours * 60) * 10) / 10;
  return rest === 0 ? `${hours} 小时` : `${hours} 小时 ${rest} 分钟`;
}
