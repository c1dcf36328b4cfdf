import type { ChartPoint } from '../../../../main/shared/deck';
import { figureStatement } from '../../../../main/shared/format';
import { chartFont, chartSizes, palette } from '../theme';

/** The note appended to every derived value drawn in a chart. */
export const derivedNote = '（推算）';

/** What a chart prints for a point: the stored valueText and unit, untouched. */
export function pointText(point: Pick<ChartPoint, 'valueText' | 'unit' | 'qualifier'>): string {
  return figureStatement({ ...point, qualifier: point.qualifier ?? null });
}

/** The same text plus （推算） for a derived point: what a screen reader or a label should say. */
export function pointStatement(point: Pick<ChartPoint, 'valueText' | 'unit' | 'qualifier' | 'derived'>): string {
  return point.derived ? `${pointText(point)}${derivedNote}` : pointText(point);
}

/**
 * ECharts reads `{name|…}` in label formatters as rich-text markup and `{a}`/`{b}`/`{c}` as templates, so a
 * brace or bar coming from the report would be interpreted. Report values never contain them; if a label ever
 * did, it is shown with full-width look-alikes rather than being mangled.
 */
export function richSafe(text: string): string {
  return text.replace(/\{/g, '｛').replace(/\}/g, '｝').replace(/\|/g, '｜');
}

/** Rich-text label of a point: the value in bold, and （推算） on its own line when derived. */
export function valueLabel(point: Pick<ChartPoint, 'valueText' | 'unit' | 'derived'>, tone: 'v' | 'va' = 'v'): string {
  const value = `{${tone}|${richSafe(pointText(point))}}`;
  return point.derived ? `${value}\n{d|${richSafe(derivedNote)}}` : value;
}

/** Rich styles used by valueLabel and the ring labels. */
export const labelRich = {
  v: { fontFamily: chartFont, fontSize: chartSizes.dataLabel, fontWeight: 700, color: palette.ink, lineHeight: 46 },
  va: { fontFamily: chartFont, fontSize: chartSizes.dataLabel, fontWeight: 700, color: palette.accent, lineHeight: 46 },
  d: { fontFamily: chartFont, fontSize: chartSizes.derivedNote, fontWeight: 400, color: palette.inkSoft, lineHeight: 34 },
  n: { fontFamily: chartFont, fontSize: chartSizes.ringLabel, fontWeight: 400, color: palette.ink, lineHeight: 38 },
} as const;

export interface MarkColors {
  readonly solid: string;
  readonly tint: string;
}
export const accentMark: MarkColors = { solid: palette.accent, tint: palette.accentTint };
export const navyMark: MarkColors = { solid: palette.navy, tint: palette.navyTint };
export const slateMark: MarkColors = { solid: palette.slate, tint: palette.slateTint };

/**
 * Fill of a mark. A derived value is drawn lighter and hatched, with a dashed outline in the full colour so the
 * mark keeps ≥ 3:1 against the panel.
 */
export function markStyle(colors: MarkColors, derived: boolean, hatch: string = colors.solid) {
  if (!derived) return { color: colors.solid, borderWidth: 0 };
  return {
    color: colors.tint,
    borderColor: colors.solid,
    borderWidth: 3,
    borderType: 'dashed' as const,
    decal: {
      symbol: 'rect',
      symbolSize: 1,
      color: hatch,
      dashArrayX: [1, 0],
      dashArrayY: [3, 9],
      rotation: -Math.PI / 4,
    },
  };
}

/** Rough width of a text in px at a font size: CJK and full-width signs one em, the rest about 0.6 em. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2E80-\uFFEF]/.test(ch) ? 1 : 0.62;
  return Math.ceil(em * fontSize);
}

/** Axis-label style for category names: readable from the back of the room, wrapping when long. */
export function categoryLabel(width: number) {
  return {
    color: palette.ink,
    fontFamily: chartFont,
    fontSize: chartSizes.axisLabel,
    lineHeight: 38,
    interval: 0,
    width,
    overflow: 'break' as const,
    margin: 20,
  };
}
