/**
 * A quantitative statement of the report, with its meaning and its provenance.
 *
 * Offsets are into the report's source text (see ../model.ts). Nothing here is ever rounded or reformatted:
 * `valueText` is the number exactly as written and `value` is Number(valueText) (or the meaning of a word
 * number such as 九成 → 90 with unit %).
 */

export type FigureKind =
  | 'amount' // a quantity with a unit: 103.8万人, 5615.3亿元, 46个
  | 'percent' // a share or rate: 90.6%, 95%以上
  | 'change' // a growth or decline: 增长854.8亿元, 下降16.8%, 年均增速6.1%
  | 'ratio' // a ratio or multiple: 2.26 (收入差距), 1.15倍
  | 'fraction' // 2/3, 1/6
  | 'rank' // 居全国第一位, 首位, 正数第2位
  | 'qualitative'; // 两位数 (≥10 % growth), 领先 — a bound with no exact number

/**
 * What a value means where its text alone does not say it. The text is still what is shown; this is the
 * reading a chart, a comparison or an inspecting user may rely on.
 *   - at-least: 保持两位数增长 is a growth of 10 % or more. The report states a band, not a number with 以上,
 *     so the figure has no qualifier and keeps 两位数 as its text.
 *   - ratio:    城乡居民收入差距缩小至2.26 is 城镇:农村 = 2.26:1, a ratio of two named terms with no unit.
 */
export type FigureMeaning =
  | { readonly type: 'at-least'; readonly value: number; readonly unit: string }
  | { readonly type: 'ratio'; readonly terms: readonly [string, string] };

export type Qualifier = '以上' | '超过' | '突破' | '达到' | '约' | '累计' | '至少' | '近' | '以下' | '领先';

export interface NormalisedValue {
  /** Value in the base unit, e.g. 5615.3亿元 → 561530000000 元. */
  readonly value: number;
  readonly unit: string;
}

/** Where a figure came from. */
export interface FigureSource {
  readonly sectionIndex: number | null; // null for a part's lead paragraph
  readonly partIndex: number;
  readonly paragraphIndex: number;
  /** The sentence it came from: exactly `source.slice(quoteStart, quoteEnd)`. */
  readonly quote: string;
  /** The same sentence as plain text (markup removed, layout break joined), for display. */
  readonly quoteText: string;
  readonly quoteStart: number;
  readonly quoteEnd: number;
  /** Span of the value as written in the source, e.g. the "5615.3" (or "九成", "2/3"). */
  readonly valueStart: number;
  readonly valueEnd: number;
}

export type FigureRelation =
  | {
      /** 从0.8个跃升至4.5个: this figure is the "after"; `before` is the earlier value. */
      readonly type: 'before-after';
      readonly role: 'before' | 'after';
      /** key of the other figure of the pair. */
      readonly otherKey: string;
    }
  | {
      /** 较2020年增长854.8亿元 → 2020年约4760.5亿元 (a derived figure points at the figures it came from). */
      readonly type: 'derived-from';
      readonly fromKeys: readonly string[];
      /** How it was computed, in words, e.g. 5615.3 − 854.8. */
      readonly formula: string;
    }
  | {
      /** 比全国高0.6个百分点; 是全国平均水平的1.15倍; 优于全国平均水平. */
      readonly type: 'vs-nation';
      readonly comparison: 'higher-by' | 'lower-by' | 'multiple-of' | 'better-than' | 'worse-than' | 'equal-or-above';
      /** The national figure when stated or derivable (e.g. 6.1 − 0.6 = 5.5), else null. */
      readonly nationKey: string | null;
      /**
       * On the compared value, the figure that says by how much (人均GDP突破11万元，是全国平均水平的1.15倍:
       * the 1.15倍; GDP年均增速6.1%，比全国高0.6个百分点: the 0.6个百分点). Absent when the sentence gives
       * no number (优于全国平均水平).
       */
      readonly byKey?: string;
      /** On the figure that says by how much (1.15倍, 0.6个百分点), the value it compares with the nation. */
      readonly ofKey?: string;
    };

export interface FigureRank {
  readonly scope: string; // 全国
  /** 1 for 第一/首位; null where only a band is stated (前十, 中游, 领先). */
  readonly position: number | null;
  /** 'top' counts from the first (正数), 'bottom' from the last (倒数). */
  readonly from: 'top' | 'bottom';
  readonly text: string; // 居全国第一位
  /** An earlier rank when the sentence gives one (从倒数第3位跃升至正数第2位). */
  readonly previous: { readonly position: number; readonly from: 'top' | 'bottom'; readonly period: string | null } | null;
}

export interface Figure {
  /**
   * A stable key that survives re-import of an edited report: derived from the figure's meaning (label,
   * period, unit and its order among figures with the same meaning), never from row ids or offsets.
   */
  readonly key: string;
  /** Position in document order, 0-based. */
  readonly index: number;
  readonly kind: FigureKind;
  readonly value: number;
  /** The number exactly as written: "5615.3", "九成", "2/3", "两位数", "第一". */
  readonly valueText: string;
  /** Unit as written: 万人, 亿元, %, 个百分点, 倍 …; '' when there is none. */
  readonly unit: string;
  readonly normalised: NormalisedValue | null;
  /** A short Chinese noun phrase saying what is measured, e.g. 城镇新增就业（累计）. */
  readonly label: string;
  /** 2024年, 2021—2024, “十四五”前4年, “十三五”末 … or null. */
  readonly period: string | null;
  /**
   * What a change is measured from, as written: 较2020年 (of 较2020年增长了854.8亿元), 比上年. A base is not
   * the period of the change, which is often unstated. Absent when there is none (and on figures stored
   * before bases were read apart from periods).
   */
  readonly base?: string;
  /** What the value means where its text does not say it (两位数 ≥ 10 %, 2.26 = 城镇:农村); see FigureMeaning. */
  readonly meaning?: FigureMeaning;
  readonly qualifier: Qualifier | null;
  /** True for values the report implies but does not print (marked as derived wherever shown). */
  readonly derived: boolean;
  readonly relations: readonly FigureRelation[];
  readonly rank: FigureRank | null;
  readonly source: FigureSource;
}

export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** A figure together with where its value and quote sit in its paragraph's plain text (for highlighting). */
export interface PlacedFigure extends Figure {
  readonly valueRange: TextRange;
  readonly quoteRange: TextRange;
}

/** A figure as the app sees it: the extracted figure plus the row ids it is attached to. */
export interface StoredFigure extends PlacedFigure {
  readonly id: number;
  readonly briefingId: number;
  readonly sectionId: number | null;
  readonly paragraphId: number;
}
