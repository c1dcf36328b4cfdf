import type { Slide } from '../../../shared/deck';
import { figureKeysOfSlide } from '../../../shared/chart-points';
import { figurePhrase } from '../../../shared/format';

/** What the notes need of a figure the slide shows: its label, value and the sentence it came from. */
export interface QuotedFigure {
  readonly label: string;
  readonly valueText: string;
  readonly unit: string;
  readonly qualifier: string | null;
  readonly derived: boolean;
  /** The sentence as plain text (the card's source quote). */
  readonly quote: string;
}

/**
 * A slide's speaker notes: the presenter's notes as stored, then, for a content slide, every figure it shows
 * with the sentence of the report it came from (what the app's 出处 mark opens), so the presenter can read
 * the source aloud in PowerPoint's presenter view too. One paragraph per line.
 */
export function notesLines(slide: Slide, figures: ReadonlyMap<string, QuotedFigure>): string[] {
  const lines = [...slide.notes];
  const sources = figureKeysOfSlide(slide)
    .map((key) => figures.get(key))
    .filter((figure): figure is QuotedFigure => figure !== undefined)
    .flatMap((figure) => [`· ${figure.label}：${figurePhrase(figure)}${figure.derived ? '（推算，报告未直接给出）' : ''}`, `　出处：${figure.quote}`]);
  if (sources.length > 0) lines.push(...(lines.length > 0 ? [''] : []), '数据出处：', ...sources);
  return lines;
}
