import type PptxGenJS from 'pptxgenjs';
import type { AgendaSlide, ClosingSlide, ContentSlide, CoverSlide, DividerSlide, Slide } from '../../../shared/deck';
import { partNumeral } from '../../../shared/numerals';
import { cardColumns, contentLayout } from '../../../shared/content-layout';
import { addFigureCard, type Box } from './cards';
import { addChart, type DrawnChart } from './charts';
import { body, colours, fittingSize, page, textBase } from './look';

/**
 * The app's layout family, one function per kind of slide (renderer/src/slides/layouts/): cover and closing
 * on navy, agenda, the part divider with its navy number panel, and the content slide with its kicker,
 * heading, chart and figure cards. Returns the chart drawn, if any.
 */
export function drawSlide(pptx: PptxGenJS, slide: PptxGenJS.Slide, content: Slide): DrawnChart | null {
  switch (content.kind) {
    case 'cover':
      drawCover(slide, content);
      return null;
    case 'agenda':
      drawAgenda(slide, content);
      return null;
    case 'divider':
      drawDivider(slide, content);
      return null;
    case 'content':
      return drawContent(pptx, slide, content);
    case 'closing':
      drawClosing(slide, content);
      return null;
  }
}

/** 0-based part index → 01, 02 … (the agenda's and the divider's numbers). */
const partNumber = (partIndex: number): string => String(partIndex + 1).padStart(2, '0');

/** The accent bar down the left edge of the cover, the closing and the divider. */
function edgeBar(slide: PptxGenJS.Slide): void {
  slide.addShape('rect', { x: 0, y: 0, w: 0.12, h: page.height, fill: { color: colours.accent }, line: { color: colours.accent, width: 0 } });
}

function drawCover(slide: PptxGenJS.Slide, cover: CoverSlide): void {
  slide.background = { color: colours.navy };
  edgeBar(slide);
  const x = 1.2;
  const w = page.width - 2.4;
  if (cover.region) slide.addText(cover.region, { ...textBase, x, y: 1.5, w, h: 0.5, fontSize: 20, color: colours.onNavySoft, bold: true });
  slide.addText(cover.title, { ...textBase, x, y: 2.05, w, h: 1.9, fontSize: fittingSize(cover.title, w, 54, 28), bold: true, color: colours.panel, valign: 'middle', fit: 'shrink' });
  slide.addShape('rect', { x, y: 4.1, w: 1.2, h: 0.07, fill: { color: colours.accentOnNavy }, line: { color: colours.accentOnNavy, width: 0 } });
  if (cover.subtitle) slide.addText(cover.subtitle, { ...textBase, x, y: 4.4, w, h: 0.6, fontSize: 22, color: colours.panel, fit: 'shrink' });
  if (cover.period) slide.addText(cover.period, { ...textBase, x, y: 5.1, w, h: 0.5, fontSize: 18, color: colours.onNavySoft });
}

function drawClosing(slide: PptxGenJS.Slide, closing: ClosingSlide): void {
  slide.background = { color: colours.navy };
  edgeBar(slide);
  const w = page.width - 2.4;
  slide.addShape('rect', { x: page.width / 2 - 0.6, y: 2.35, w: 1.2, h: 0.07, fill: { color: colours.accentOnNavy }, line: { color: colours.accentOnNavy, width: 0 } });
  slide.addText(closing.text, { ...textBase, x: 1.2, y: 2.6, w, h: 1.8, fontSize: fittingSize(closing.text, w, 60, 28), bold: true, color: colours.panel, align: 'center', valign: 'middle', fit: 'shrink' });
  if (closing.subtitle) slide.addText(closing.subtitle, { ...textBase, x: 1.2, y: 4.6, w, h: 0.6, fontSize: 20, color: colours.onNavySoft, align: 'center' });
}

/** The heading block of an agenda or content slide: kicker, heading and the page among its section's pages. */
function header(slide: PptxGenJS.Slide, kicker: string | null, heading: string, page?: { page: number; pages: number }): void {
  slide.background = { color: colours.paper };
  const x = body.x;
  if (kicker) slide.addText(kicker, { ...textBase, x, y: 0.35, w: body.w, h: 0.4, fontSize: 16, bold: true, color: colours.accent });
  const pageText = page && page.pages > 1 ? `（${page.page}/${page.pages}）` : '';
  const size = fittingSize(heading + pageText, body.w, 32, 20);
  slide.addText(
    [
      { text: heading, options: { fontSize: size, bold: true, color: colours.navy } },
      ...(pageText ? [{ text: pageText, options: { fontSize: Math.round(size * 0.6), color: colours.inkSoft } }] : []),
    ],
    { ...textBase, x, y: 0.78, w: body.w, h: 0.85, valign: 'middle', fit: 'shrink' },
  );
  slide.addShape('line', { x, y: 1.68, w: body.w, h: 0, line: { color: colours.line, width: 1 } });
}

function drawAgenda(slide: PptxGenJS.Slide, agenda: AgendaSlide): void {
  header(slide, null, agenda.title);
  const count = Math.max(agenda.items.length, 1);
  const rowHeight = Math.min(1.0, body.h / count);
  agenda.items.forEach((item, i) => {
    const y = body.y + i * rowHeight;
    slide.addText(partNumber(item.partIndex), { ...textBase, x: body.x, y, w: 1.1, h: rowHeight, fontSize: Math.min(36, rowHeight * 40), bold: true, color: colours.accent, valign: 'middle' });
    slide.addText(
      [
        { text: item.headline, options: { fontSize: Math.min(24, rowHeight * 26), bold: true, color: colours.navy, breakLine: Boolean(item.slogan) } },
        ...(item.slogan ? [{ text: item.slogan, options: { fontSize: Math.min(16, rowHeight * 18), color: colours.inkSoft } }] : []),
      ],
      { ...textBase, x: body.x + 1.2, y, w: body.w - 1.2, h: rowHeight, valign: 'middle', fit: 'shrink' },
    );
  });
}

function drawDivider(slide: PptxGenJS.Slide, divider: DividerSlide): void {
  slide.background = { color: colours.paper };
  const panel = 4.2;
  slide.addShape('rect', { x: 0, y: 0, w: panel, h: page.height, fill: { color: colours.navy }, line: { color: colours.navy, width: 0 } });
  slide.addShape('rect', { x: 0, y: 0, w: 0.12, h: page.height, fill: { color: colours.accent }, line: { color: colours.accent, width: 0 } });
  slide.addText(`第${partNumeral(divider.partIndex)}部分`, { ...textBase, x: 0.7, y: 2.2, w: panel - 1, h: 0.6, fontSize: 22, color: colours.onNavySoft, bold: true });
  slide.addText(partNumber(divider.partIndex), { ...textBase, x: 0.7, y: 2.8, w: panel - 1, h: 1.8, fontSize: 110, bold: true, color: colours.panel });
  const x = panel + 0.7;
  const w = page.width - x - page.margin;
  slide.addText(divider.headline, { ...textBase, x, y: 1.2, w, h: 1.4, fontSize: fittingSize(divider.headline, w, 36, 22), bold: true, color: colours.navy, valign: 'bottom', fit: 'shrink' });
  if (divider.slogan) slide.addText(divider.slogan, { ...textBase, x, y: 2.7, w, h: 0.6, fontSize: 20, color: colours.accent, bold: true, fit: 'shrink' });
  if (divider.sections.length > 0) {
    const top = 3.6;
    const size = divider.sections.length > 6 ? 14 : 18;
    slide.addText(
      divider.sections.map((heading, i) => ({ text: `${i + 1}　${heading}`, options: { breakLine: i < divider.sections.length - 1 } })),
      { ...textBase, x, y: top, w, h: page.height - top - 0.5, fontSize: size, color: colours.ink, valign: 'top', paraSpaceAfter: 6, fit: 'shrink' },
    );
  }
}

/** `count` boxes in `columns` columns filling `area`, row by row. */
function grid(area: Box, count: number, columns: number, gap = 0.25): Box[] {
  const rows = Math.ceil(count / columns);
  const w = (area.w - gap * (columns - 1)) / columns;
  const h = (area.h - gap * (rows - 1)) / rows;
  return Array.from({ length: count }, (_, i) => ({ x: area.x + (i % columns) * (w + gap), y: area.y + Math.floor(i / columns) * (h + gap), w, h }));
}

function drawContent(pptx: PptxGenJS, slide: PptxGenJS.Slide, content: ContentSlide): DrawnChart | null {
  header(slide, `${partNumeral(content.partIndex)}、${content.partHeadline}`, content.heading, content);
  const layout = contentLayout(content);
  if (layout === 'points') {
    slide.addText(
      content.points.map((point, i) => ({ text: point, options: { bullet: { indent: 18 }, breakLine: i < content.points.length - 1 } })),
      { ...textBase, ...body, fontSize: content.points.length > 3 ? 18 : 22, color: colours.ink, valign: 'top', paraSpaceAfter: 10, fit: 'shrink' },
    );
    return null;
  }
  const chartWidth = layout === 'chart' ? body.w : layout === 'chart-cards' ? body.w * 0.58 : body.w * 0.5;
  const drawn = content.chart ? addChart(pptx, slide, content.chart, { x: body.x, y: body.y, w: chartWidth, h: body.h }) : null;
  if (content.cards.length > 0) {
    const left = layout === 'cards' ? body.x : body.x + chartWidth + 0.3;
    const area = { x: left, y: body.y, w: body.x + body.w - left, h: body.h };
    const boxes = grid(area, content.cards.length, cardColumns(layout, content.cards.length));
    content.cards.forEach((card, i) => {
      const box = boxes[i];
      if (box) addFigureCard(slide, card, box);
    });
  }
  return drawn;
}
