import type PptxGenJS from 'pptxgenjs';
import type { ChartPoint, ChartSpec } from '../../../shared/deck';
import { chartPoints } from '../../../shared/chart-points';
import { figureStatement } from '../../../shared/format';
import type { Box } from './cards';
import { colours, textBase, typeface } from './look';

/**
 * A slide's chart as a native PowerPoint chart: the same kind of mark as the app draws (columns for a change
 * over time and for the region against the nation, horizontal bars for a list of efforts, a bar against
 * 100 for a rate, a doughnut for parts of a whole), with exactly the app's points. The numbers live in the
 * chart's own data sheet, so a colleague can edit them in PowerPoint or WPS; nothing is a picture.
 */

/** What the app appends to a derived value wherever it is drawn (charts/options/common.ts). */
export const derivedNote = '（推算）';

/** The label a point carries in the chart: the stored value and unit with its bound, （推算） when derived. */
export function pointLabel(point: ChartPoint): string {
  const text = figureStatement({ ...point, qualifier: point.qualifier ?? null });
  return point.derived ? `${text}${derivedNote}` : text;
}

/** A chart as drawn on the page, with the labels its points carry (set into the chart's XML afterwards). */
export interface DrawnChart {
  readonly kind: ChartSpec['kind'];
  readonly points: readonly ChartPoint[];
  readonly labels: readonly string[];
}

/** Fill of each point: the app's colours, a derived value in the light tint of its colour. */
function fills(spec: ChartSpec, points: readonly ChartPoint[]): string[] {
  const solid = (i: number): { solid: string; tint: string } => {
    switch (spec.kind) {
      case 'before-after':
        return i === points.length - 1 ? { solid: colours.accent, tint: colours.accentTint } : { solid: colours.slate, tint: colours.slateTint };
      case 'vs-nation':
      case 'ring':
        return i === 0 ? { solid: colours.accent, tint: colours.accentTint } : { solid: colours.slate, tint: colours.slateTint };
      case 'gauge':
        return { solid: colours.accent, tint: colours.accentTint };
      case 'bars':
        return { solid: colours.navy, tint: colours.navyTint };
    }
  };
  return points.map((point, i) => (point.derived ? solid(i).tint : solid(i).solid));
}

export function addChart(pptx: PptxGenJS, slide: PptxGenJS.Slide, spec: ChartSpec, box: Box): DrawnChart {
  const points = chartPoints(spec);
  const labels = points.map(pointLabel);
  const derived = points.some((point) => point.derived);

  slide.addShape('rect', { x: box.x, y: box.y, w: box.w, h: box.h, fill: { color: colours.panel }, line: { color: colours.line, width: 0.75 } });
  slide.addText(spec.title, { ...textBase, x: box.x + 0.25, y: box.y + 0.15, w: box.w - 0.5, h: 0.5, fontSize: 18, bold: true, color: colours.navy, fit: 'shrink' });
  const noteHeight = derived ? 0.4 : 0;
  const area = { x: box.x + 0.2, y: box.y + 0.75, w: box.w - 0.4, h: box.h - 0.95 - noteHeight };
  if (derived) {
    slide.addText('浅色为推算值（报告未直接给出）', {
      ...textBase,
      x: box.x + 0.25,
      y: box.y + box.h - 0.15 - noteHeight,
      w: box.w - 0.5,
      h: noteHeight,
      fontSize: 12,
      color: colours.inkSoft,
    });
  }

  const data = [{ name: spec.title, labels: points.map((point) => point.label), values: points.map((point) => point.value) }];
  const common: PptxGenJS.IChartOpts = {
    ...area,
    objectName: `图表 ${spec.title}`,
    altText: `${spec.title}：${points.map((point, i) => `${point.label} ${labels[i] ?? ''}`).join('，')}`,
    lang: textBase.lang,
    chartColors: fills(spec, points),
    showValue: true,
    dataLabelFontFace: typeface,
    dataLabelFontSize: 16,
    dataLabelFontBold: true,
    dataLabelColor: colours.ink,
    catAxisLabelFontFace: typeface,
    catAxisLabelFontSize: 14,
    catAxisLabelColor: colours.ink,
    legendFontFace: typeface,
    valGridLine: { style: 'none' },
    catGridLine: { style: 'none' },
  };

  if (spec.kind === 'ring') {
    slide.addChart(pptx.ChartType.doughnut, data, {
      ...common,
      holeSize: 58,
      firstSliceAng: 0,
      showLegend: true,
      legendPos: 'r',
      legendFontSize: 14,
      legendColor: colours.ink,
      dataBorder: { pt: 2, color: colours.panel },
    });
  } else {
    const horizontal = spec.kind === 'bars' || spec.kind === 'gauge';
    const gaugeMax = spec.kind === 'gauge' ? Math.max(100, spec.point.value) : undefined;
    slide.addChart(pptx.ChartType.bar, data, {
      ...common,
      barDir: horizontal ? 'bar' : 'col',
      barGapWidthPct: spec.kind === 'gauge' ? 40 : 70,
      dataLabelPosition: 'outEnd',
      // Bars list the efforts top to bottom in the report's order (a bar chart counts from the bottom).
      catAxisOrientation: (spec.kind === 'bars' ? 'maxMin' : 'minMax') as 'minMax',
      catAxisLineShow: true,
      catAxisLineColor: colours.inkSoft,
      // No value axis, as in the app: the labels carry the numbers. A rate shows its scale, 0 to 100.
      valAxisHidden: spec.kind !== 'gauge',
      valAxisMinVal: 0,
      ...(gaugeMax !== undefined ? { valAxisMaxVal: gaugeMax, valAxisMajorUnit: gaugeMax, valAxisLabelFontFace: typeface, valAxisLabelFontSize: 12 } : {}),
      showLegend: false,
    });
  }
  return { kind: spec.kind, points, labels };
}
