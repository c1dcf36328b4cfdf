/**
 * The working form of a figure while a sentence is analysed: offsets are local to the sentence and
 * relations point at other drafts by id. index.ts turns drafts into Figures (source offsets, keys).
 */
import type { FigureKind, FigureMeaning, FigureRank, FigureRelation, NormalisedValue, Qualifier } from '../../../shared/figure';

export type RelationDraft =
  | { readonly type: 'before-after'; readonly role: 'before' | 'after'; readonly otherId: number }
  | { readonly type: 'derived-from'; readonly fromIds: readonly number[]; readonly formula: string }
  | {
      readonly type: 'vs-nation';
      readonly comparison: Extract<FigureRelation, { type: 'vs-nation' }>['comparison'];
      readonly nationId: number | null;
      /** See FigureRelation: the figure saying by how much (on the compared value), or the compared value. */
      readonly byId?: number;
      readonly ofId?: number;
    };

export interface FigureDraft {
  readonly id: number;
  kind: FigureKind;
  value: number;
  valueText: string;
  unit: string;
  normalised: NormalisedValue | null;
  label: string;
  /**
   * What is measured, without the kind's wording (社会消费品零售总额 for both 5615.3亿元 and its 增长
   * 854.8亿元): the subject that a following clause without its own subject refers to.
   */
  subject: string;
  period: string | null;
  /** 较2020年, 比上年: what a change is measured from; null when none is stated. */
  base: string | null;
  meaning: FigureMeaning | null;
  qualifier: Qualifier | null;
  derived: boolean;
  rank: FigureRank | null;
  relations: RelationDraft[];
  /** Offsets of the value in the sentence (for a derived value: of the phrase that implies it). */
  valueStart: number;
  valueEnd: number;
  /** For ordering a derived value right after the figures it comes from. */
  anchor: number;
}

/** Ids are unique over one extraction run. */
export class DraftIds {
  private next = 0;
  take(): number {
    return this.next++;
  }
}
