import type PptxGenJS from 'pptxgenjs';
import type { FigureCard } from '../../../shared/deck';
import { qualifierPlacement, slideMeaning, writtenUnit } from '../../../shared/format';
import { colours, textBase, textEms } from './look';

/** A box on the page, in inches. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

type ValuePart = 'lead' | 'inline' | 'number' | 'unit' | 'after';

/**
 * The value line of a card as runs, in the app's order and words (FigureCard.tsx): the lead word (突破), then
 * 约 / 近, the number exactly as stored, its unit as the report writes it, and 以上 / 以下. Its text is always
 * `figurePhrase(card)`: the export never formats a number of its own.
 */
export function valueRuns(card: FigureCard): { text: string; part: ValuePart }[] {
  const { inline, lead, after } = qualifierPlacement(card);
  const runs: { text: string; part: ValuePart }[] = [];
  if (lead) runs.push({ text: lead, part: 'lead' });
  if (inline) runs.push({ text: inline, part: 'inline' });
  runs.push({ text: card.valueText, part: 'number' });
  const unit = writtenUnit(card);
  if (unit) runs.push({ text: unit, part: 'unit' });
  if (after) runs.push({ text: after, part: 'after' });
  return runs;
}

/** Relative sizes of the parts of a value line, as the app sets them (styles/slides.css). */
const partScale: Readonly<Record<ValuePart, number>> = { lead: 0.34, inline: 0.4, number: 1, unit: 0.4, after: 0.4 };

const inches = (points: number): number => points / 72;

/**
 * One figure card as text boxes: a white panel with the accent rule on its left (dashed slate for a value
 * the report does not print), the value large, its rank badge and 推算 tag, then what it measures and when,
 * the whole block centred in the card's height.
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

  // Sizes: the value line as large as the card allows on one line, as in the app; the rest after it.
  const runs = valueRuns(card);
  const lineEms = runs.reduce((sum, run) => sum + textEms(run.text) * partScale[run.part], 0) + 0.2;
  const numberSize = Math.floor(Math.max(16, Math.min(54, box.h * 72 * 0.28, (inner.w * 72) / lineEms)));
  const tagSize = Math.max(10, Math.min(14, Math.round(box.h * 72 * 0.08)));
  const labelSize = Math.max(11, Math.min(18, Math.round(box.h * 72 * 0.09)));
  const detailSize = Math.max(9, labelSize - 3);
  const details = [slideMeaning(card), card.period, card.base].filter((text): text is string => Boolean(text));
  const labelLines = Math.max(1, Math.ceil((textEms(card.label) * labelSize) / 72 / inner.w));

  const valueHeight = inches(numberSize * 1.25);
  // As the app's card shows them: rank, 已更正 (a staff member corrected its wording), 推算.
  const tags = [
    ...(card.rankBadge ? [{ text: card.rankBadge, style: 'badge' as const }] : []),
    ...(card.corrected ? [{ text: '已更正', style: 'corrected' as const }] : []),
    ...(card.derived ? [{ text: '推算', style: 'derived' as const }] : []),
  ];
  const tagHeight = tags.length > 0 ? inches(tagSize * 1.6) : 0;
  const footHeight = inches(labelLines * labelSize * 1.3 + (details.length > 0 ? detailSize * 1.4 : 0));
  const gap = 0.08;
  const total = valueHeight + (tagHeight > 0 ? gap + tagHeight : 0) + gap * 2 + footHeight;
  let y = box.y + Math.max(pad * 0.6, (box.h - total) / 2);

  slide.addText(
    runs.map((run) => ({
      text: run.text,
      options: {
        fontSize: Math.max(10, Math.round(numberSize * partScale[run.part])),
        bold: run.part !== 'lead',
        color: run.part === 'lead' || run.part === 'after' ? colours.ink : colours.accent,
      },
    })),
    { ...textBase, x: inner.x, y, w: inner.w, h: valueHeight, valign: 'bottom', wrap: false, objectName: `数据 ${card.figureKey}` },
  );
  y += valueHeight;

  if (tags.length > 0) {
    y += gap;
    let x = inner.x;
    for (const tag of tags) {
      const w = Math.min(inner.w, inches(textEms(tag.text) * tagSize) + 0.24);
      slide.addText(tag.text, {
        ...textBase,
        x,
        y,
        w,
        h: tagHeight,
        fontSize: tagSize,
        bold: tag.style === 'badge',
        color: tag.style === 'badge' ? colours.panel : colours.inkSoft,
        fill: tag.style === 'badge' ? { color: colours.accent } : undefined,
        line:
          tag.style === 'derived'
            ? { color: colours.inkSoft, width: 1, dashType: 'dash' }
            : tag.style === 'corrected'
              ? { color: colours.inkSoft, width: 1 }
              : undefined,
        align: 'center',
        valign: 'middle',
        fit: 'shrink',
      });
      x += w + 0.1;
    }
    y += tagHeight;
  }

  y += gap * 2;
  slide.addText(
    [
      { text: card.label, options: { fontSize: labelSize, bold: true, color: colours.ink, breakLine: details.length > 0 } },
      ...(details.length > 0 ? [{ text: details.join('　'), options: { fontSize: detailSize, color: colours.inkSoft } }] : []),
    ],
    { ...textBase, x: inner.x, y, w: inner.w, h: Math.max(footHeight, box.y + box.h - y - pad * 0.5), valign: 'top', fit: 'shrink' },
  );
}
