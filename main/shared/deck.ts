/**
 * The briefing deck: what the presenter shows, built in the core from the stored report and figures.
 * Everything on a slide comes from here; the renderer only lays it out. Every number is carried as the
 * figure's `valueText` exactly as the report wrote it, with the figure key it came from.
 */
import type { FigureMeaning } from './figure';

/** A span of a text: `text.slice(start, end)`. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** One number as drawn or printed on a slide. */
export interface DeckValue {
  readonly figureKey: string;
  /** Exactly the stored figure's valueText, e.g. "5615.3", "九成", "2/3". */
  readonly valueText: string;
  /** The stored figure's numeric value (what a chart draws). */
  readonly value: number;
  readonly unit: string;
  /** True for a value the report implies but does not print; always labelled 推算 where shown. */
  readonly derived: boolean;
  /** True when a staff member corrected the figure's label, period, unit or qualifier: shown as 已更正. */
  readonly corrected?: boolean;
}

export interface FigureCard extends DeckValue {
  readonly label: string;
  /** 以上 / 突破 / 约 …, null when the value is exact. */
  readonly qualifier: string | null;
  readonly period: string | null;
  /** What a change is measured from (较2020年), shown beside the period; null when there is none. */
  readonly base: string | null;
  /** What the value means where its text does not say it (2.26 of 城乡…差距 is 城镇:农村); null when it does. */
  readonly meaning: FigureMeaning | null;
  /** A short rank badge, e.g. 全国第一, 全国首位, 全国第2位; null when the figure has no rank. */
  readonly rankBadge: string | null;
  /** The sentence it came from (plain text), opened from the card's source mark. */
  readonly quote: string;
  /** Where the figure stands in `quote` (its value, and its unit where the unit follows), to be highlighted; null for a derived value. */
  readonly quoteMark: TextSpan | null;
  /** Reveal order on its slide, 1-based; 0 means shown from the start. */
  readonly step: number;
}

export interface ChartPoint extends DeckValue {
  /** Category label drawn on the axis, e.g. “十三五”末 / 现在, 造林 / 种草, 内蒙古 / 全国. */
  readonly label: string;
  /** The figure's bound (以上, 约 …), so a data label reads 4.5个以上 as the report does. */
  readonly qualifier?: string | null;
}

/** A visual chosen from the relations of a slide's figures. */
export type ChartSpec =
  | {
      /** before/after of one measure: 托位数 0.8 → 4.5; 经济总量 2 → 2.6 万亿元. */
      readonly kind: 'before-after';
      readonly title: string;
      readonly unit: string;
      readonly points: readonly ChartPoint[];
    }
  | {
      /** Several efforts in one unit: 造林 / 种草 / 防沙治沙 (万亩). */
      readonly kind: 'bars';
      readonly title: string;
      readonly unit: string;
      readonly points: readonly ChartPoint[];
    }
  | {
      /** The region against the nation: GDP 增速 6.1% vs 5.5% (derived). */
      readonly kind: 'vs-nation';
      readonly title: string;
      readonly unit: string;
      readonly region: ChartPoint;
      readonly nation: ChartPoint;
    }
  | {
      /** A rate or attainment shown against 100 %: 90.6%, 84.3%. */
      readonly kind: 'gauge';
      readonly title: string;
      readonly point: ChartPoint;
    }
  | {
      /** Parts of a whole: a share and the rest (the rest is derived and labelled so). */
      readonly kind: 'ring';
      readonly title: string;
      readonly points: readonly ChartPoint[];
    };

interface SlideBase {
  /** Stable across re-imports of the same report: built from part/section positions and page number. */
  readonly id: string;
  /**
   * What deck edits are stored against (core/deck/ids.ts): built from the part's headline, the section's
   * heading and the page's first figure, never from positions. Always set by the core; optional so a slide
   * drawn on its own (tests, first paint) need not invent one.
   */
  readonly key?: string;
  /** Hidden by the presenter: kept in the deck (overview, presenter view) but skipped when presenting. */
  readonly hidden?: boolean;
  /** The presenter's time budget for the slide, in minutes; null or absent when none was set. */
  readonly minutes?: number | null;
  /** Shown in the overview, the jump search and the presenter view. */
  readonly title: string;
  /** Speaker notes (paragraphs), from the stored notes. */
  readonly notes: readonly string[];
  /** Number of reveal steps on the slide (0 when everything shows at once). */
  readonly steps: number;
}

export interface CoverSlide extends SlideBase {
  readonly kind: 'cover';
  readonly region: string | null; // 内蒙古
  readonly period: string | null; // “十四五”时期（2021—2025年）
  readonly subtitle: string | null;
}

export interface AgendaSlide extends SlideBase {
  readonly kind: 'agenda';
  readonly items: readonly {
    readonly partIndex: number;
    readonly headline: string;
    readonly slogan: string | null;
    /** The part's planned minutes (shared/meeting-plan.ts), when the presenter set a time for it. */
    readonly minutes?: number | null;
  }[];
  /** The whole meeting's planned minutes, when any time is set. */
  readonly plannedMinutes?: number | null;
}

export interface DividerSlide extends SlideBase {
  readonly kind: 'divider';
  readonly partIndex: number;
  readonly headline: string;
  readonly slogan: string | null;
  /** The section headings of this part, listed on the divider. */
  readonly sections: readonly string[];
}

export interface ContentSlide extends SlideBase {
  readonly kind: 'content';
  readonly partIndex: number;
  readonly partHeadline: string;
  readonly sectionId: number;
  readonly heading: string;
  /** 1-based page among the slides of the same section, and how many there are. */
  readonly page: number;
  readonly pages: number;
  readonly cards: readonly FigureCard[];
  readonly chart: ChartSpec | null;
  /** Key sentences for a slide whose section states no figure (plain text from the report). */
  readonly points: readonly string[];
  /** The section's key (core/deck/ids.ts), which a section's time budget is stored against. */
  readonly sectionKey?: string;
  /** The chart kinds this slide's figures support, the generated one first (what a presenter may choose). */
  readonly chartKinds?: readonly ChartSpec['kind'][];
  /**
   * A slide the presenter added (title and bullet lines in `points`), not generated from the report. It has
   * no cards and no chart, and stands in the part of the slide it was added after.
   */
  readonly free?: boolean;
}

export interface ClosingSlide extends SlideBase {
  readonly kind: 'closing';
  readonly text: string; // 内蒙古答卷
  readonly subtitle: string | null;
}

export type Slide = CoverSlide | AgendaSlide | DividerSlide | ContentSlide | ClosingSlide;

/** A time budget for a part (its divider's key) or a section (its key), in minutes. */
export interface DeckBudget {
  readonly key: string;
  /** The part's headline or the section's heading. */
  readonly title: string;
  readonly scope: 'part' | 'section';
  readonly minutes: number;
}

export interface Deck {
  readonly briefingId: number;
  readonly title: string;
  readonly slides: readonly Slide[];
  /** Part and section budgets the presenter set, in deck order; absent or empty when none. */
  readonly budgets?: readonly DeckBudget[];
}
