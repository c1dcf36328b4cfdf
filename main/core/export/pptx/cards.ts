import type PptxGenJS from 'pptxgenjs';
import type { FigureCard } from '../../../shared/deck';
import { qualifierPlacement, slideMeaning, writtenUnit } from '../../../shared/format';
import { displayWidth } from '../figure-rows';
import { colours, fittingSize, textBase } from './look';

/** A box on the page, in inches. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/**
 * The value line of a card as runs, in the app's order and words (FigureCard.tsx): the lead word (突破), then
 * 约 / 近, the number exactly as stored, its unit as the report writes it, and 以上 / 以下. Its text is always
 * `figurePhrase(card)`: the export never formats a number of its own.
 */
export function valueRuns(card: FigureCard): { text: string; part: 'lead' | 'inline' | 'number' | 'unit' | 'after' }[] {
  const { inline, lead, after } = qualifierPlacement(card);
  const runs: { text: string; part: 'lead' | 'inline' | 'number' | 'unit' | 'after' }[] = [];
  if (lead) runs.push({ text: lead, part: 'lead' });
  if (inline) runs.push({ text: inline, part: 'inline' });
  runs.push({ text: card.valueText, part: 'number' });
  const unit = writtenUnit(card);
  if (unit) runs.push({ text: unit, part: 'unit' });
  if (after) runs.push({ text: after, part: 'after' });
  return runs;
}

/** Relative sizes of the parts of a value line, as the app sets them (styles/slides.css). */
const partScale = { lead: 0.34, inline: 0.4, number: 1, unit: 0.4, after: 0.4 } as const;

/**
 * One figure card as text boxes: a white panel with the accent rule on its left (dashed slate for a value
 * the report does not print), the value large, its rank badge and 推算 tag, then what it measures and when.
 */
export function addFigureCard(slide: PptxGenJS.Slide, card: FigureCard, box: Box): void {
  const pad = Math.min(0.22, box.w * 0.06);
  slide.addShape('rect', { x: box.x, y: box.y, w: box.w, h: box.h, fill: { color: colours.panel }, line: { color: colours.line, width: 0.75 } });
  slide.addShape('line', {
    x: box.x + 0.03,
    y: box.y,
    w: 0,
    h: box.h,
    line: card.derived ? { color: colours.slate, width: 4, dashType: 'dash' } : { color: colours.accent, width: 4 },
  });

  const inner = { x: box.x + pad + 0.06, w: box.w - 2 * pad - 0.06 };
  const runs = valueRuns(card);
  // The number's size: as large as the card allows, with the whole line on one line as in the app.
  const lineEms = runs.reduce((sum, run) => sum + (displayWidth(run.text) / 2 + 0.1 * [...run.text].filter((c) => displayWidth(c) === 1).length) * partScale[run.part], 0);
  const numberSize = Math.max(16, Math.min(54, box.h * 72 * 0.3, Math.floor((inner.w * 72) / Math.max(lineEms, 1))));
  const valueHeight = (numberSize * 1.25) / 72;
  slide.addText(
    runs.map((run) => ({
      text: run.text,
      options: {
        fontSize: Math.max(10, Math.round(numberSize * partScale[run.part])),
        bold: run.part !== 'lead',
        color: run.part === 'lead' || run.part === 'after' ? colours.ink : colours.accent,
      },
    })),
    { ...textBase, x: inner.x, y: box.y + pad * 0.7, w: inner.w, h: valueHeight, valign: 'bottom', wrap: false, objectName: `数据 ${card.figureKey}` },
  );

  let tagX = inner.x;
  const tagY = box.y + pad * 0.7 + valueHeight + 0.06;
  const tagSize = Math.max(10, Math.min(14, Math.round(box.h * 72 * 0.08)));
  const tagHeight = (tagSize * 1.5) / 72;
  const tag = (text: string, style: 'badge' | 'derived'): void => {
    const w = (displayWidth(text) / 2) * (tagSize / 72) + 0.16;
    slide.addText(text, {
      ...textBase,
      x: tagX,
      y: tagY,
      w,
      h: tagHeight,
      fontSize: tagSize,
      bold: style === 'badge',
      color: style === 'badge' ? colours.panel : colours.inkSoft,
      fill: style === 'badge' ? { color: colours.accent } : undefined,
      line: style === 'derived' ? { color: colours.inkSoft, width: 1, dashType: 'dash' } : undefined,
      align: 'center',
      valign: 'middle',
      wrap: false,
    });
    tagX += w + 0.1;
  };
  if (card.rankBadge) tag(card.rankBadge, 'badge');
  if (card.derived) tag('推算', 'derived');

  const footTop = tagY + (card.rankBadge || card.derived ? tagHeight + 0.06 : 0);
  const details = [slideMeaning(card), card.period, card.base].filter((text): text is string => Boolean(text));
  const labelSize = Math.max(10, Math.min(18, fittingSize(card.label, inner.w, 18) , Math.round(box.h * 72 * 0.09)));
  slide.addText(
    [
      { text: card.label, options: { fontSize: labelSize, bold: true, color: colours.ink, breakLine: details.length > 0 } },
      ...(details.length > 0 ? [{ text: details.join('　'), options: { fontSize: Math.max(9, labelSize - 3), color: colours.inkSoft } }] : []),
    ],
    { ...textBase, x: inner.x, y: footTop, w: inner.w, h: Math.max(0.3, box.y + box.h - footTop - pad * 0.6), valign: 'bottom', fit: 'shrink' },
  );
}
