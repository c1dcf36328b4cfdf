import type { ChartPoint, ChartSpec } from '../../../../main/shared/deck';
import type { ChartOption, PieSeriesOption } from '../echarts';
import { animationSettings, chartFont, palette } from '../theme';
import { accentMark, markStyle, pointText, slateMark } from './common';

export type RingSpec = Extract<ChartSpec, { kind: 'ring' }>;

/**
 * Which way the first point's bound leaves its true value open: 60%以上 may be more (the share can reach
 * into the rest), 2/3以下 may be less. An exact or approximate share (约60%) has no open side.
 */
export function openSide(point: Pick<ChartPoint, 'qualifier'>): 'above' | 'below' | null {
  const q = point.qualifier ?? null;
  if (q === '以上' || q === '超过' || q === '突破' || q === '至少') return 'above';
  if (q === '以下') return 'below';
  return null;
}

/** One row of the ring's key, beside the ring: what each part is and its value as the report states it. */
export interface RingKeyEntry {
  readonly kind: 'share' | 'part' | 'open';
  readonly label: string;
  /** The value with its bound (the key adds （推算） where derived); for the open side, the explanation. */
  readonly text: string;
  readonly derived: boolean;
}

/**
 * The key of a ring, set as text beside it rather than as labels around it: labels around a ring are
 * squeezed by the canvas edge and cut short ("煤…"), and the key never is. The open side of a bound gets a
 * row of its own, so 60%以上 is not read as an exact 60/40 split.
 */
export function ringKey(spec: RingSpec): RingKeyEntry[] {
  const [share] = spec.points;
  const entries: RingKeyEntry[] = spec.points.map((point, i) => ({
    kind: i === 0 ? 'share' : 'part',
    label: point.label,
    text: pointText(point),
    derived: point.derived,
  }));
  const side = share ? openSide(share) : null;
  if (share && side) {
    entries.push({
      kind: 'open',
      label: '浅色弧',
      text: side === 'above' ? `报告写“${share.qualifier ?? ''}”，实际占比可能更高` : '报告写“以下”，实际占比可能更低',
      derived: false,
    });
  }
  return entries;
}

/** Radii of the ring and of the thin arc that marks the open side of a bound, as ECharts percentages. */
const ringRadius: [string, string] = ['58%', '84%'];
const openArcRadius: [string, string] = ['89%', '95%'];

/** A pie series drawn as an arc from twelve o'clock, clockwise, centred, with no words and no hover. */
function wordlessArc(id: string, radius: [string, string]): PieSeriesOption {
  return {
    type: 'pie',
    id,
    radius,
    center: ['50%', '50%'],
    startAngle: 90,
    clockwise: true,
    label: { show: false },
    labelLine: { show: false },
    emphasis: { disabled: true },
    silent: true,
  };
}

/**
 * Parts of a whole (a share and the rest): the share in the accent, the rest slate (hatched when 推算), no
 * text on the canvas (the key beside it carries the words). A bound share adds a thin, light arc in its
 * colour over the range its true value may take: from 60% round to the whole for 60%以上.
 */
export function ringOption(spec: RingSpec, animate: boolean): ChartOption {
  const data: PieSeriesOption['data'] = spec.points.map((point, i) => ({
    value: point.value,
    name: point.label,
    itemStyle: {
      // The derived rest of a whole is most of the ring: hatched more faintly, so the share stays the figure.
      ...markStyle(i === 0 ? accentMark : slateMark, point.derived, palette.ringHatch),
      borderColor: point.derived ? (i === 0 ? palette.accent : palette.slate) : palette.panel,
      borderWidth: point.derived ? 3 : 4,
    },
  }));
  const ring: PieSeriesOption = { ...wordlessArc('ring', ringRadius), data };
  const [share] = spec.points;
  const side = share ? openSide(share) : null;
  const series: PieSeriesOption[] = [ring];
  if (share && side) {
    const restValue = spec.points.slice(1).reduce((sum, point) => sum + point.value, 0);
    const open = { color: palette.openSide, borderWidth: 0 };
    const closed = { color: 'transparent', borderWidth: 0 };
    series.push({
      ...wordlessArc('open-side', openArcRadius),
      // The same two values as the ring, so the arc starts exactly where the share ends.
      data: [
        { value: share.value, name: share.label, itemStyle: side === 'below' ? open : closed },
        { value: restValue, name: '', itemStyle: side === 'above' ? open : closed },
      ],
    });
  }
  return {
    ...animationSettings(animate),
    textStyle: { fontFamily: chartFont, color: palette.ink },
    series,
  };
}
