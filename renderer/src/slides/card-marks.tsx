import { createContext, type ComponentType } from 'react';
import type { FigureCard } from '../../../main/shared/deck';

/**
 * What the rest of the app adds to each figure card without the slides knowing about it: today the staff
 * notes' marks (annotations/FigureNoteMarks.tsx), provided by the annotations. A slide drawn with no
 * provider (the first-paint drawer, a test) has none.
 */
export interface CardMarks {
  /** Beside the card's 出处 mark: an action on the figure (添加批注). */
  readonly Action: ComponentType<{ readonly card: FigureCard }>;
  /** On the card's edge: a mark that the figure has something attached (批注 N). */
  readonly Count: ComponentType<{ readonly card: FigureCard }>;
}

export const CardMarksContext = createContext<CardMarks | null>(null);
