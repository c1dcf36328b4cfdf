/**
 * The chart look, matching the slides (styles/slides.css): same font, same ink, same restrained palette.
 * Pure data and functions: no ECharts import here, so the option builders and their tests stay light.
 */

import { appTypeface } from '../ui/typeface';

export const chartFont = `'${appTypeface}', system-ui, sans-serif`;

export const palette = {
  ink: '#1c2530',
  inkSoft: '#4a5563',
  paper: '#f6f4ef',
  panel: '#ffffff',
  accent: '#a61f2b',
  /** Light tint of the accent: the fill of a derived (推算) accent mark, always with a hatch and an outline. */
  accentTint: '#f1d9db',
  navy: '#14263d',
  navyTint: '#dae0e8',
  /** The “before” or secondary mark: a cool grey-blue that still has 5:1 against white. */
  slate: '#5d6b7c',
  slateTint: '#e1e5ea',
  track: '#e7e2d9',
  /** Hatch of a large derived area (the rest of a ring): fainter than a derived bar's. */
  ringHatch: '#a9b3bf',
  line: '#c9c3b8',
  /** The open side of a bound share (60%以上 may reach into the rest): the accent, light. */
  openSide: '#dc9aa0',
} as const;

/** Sizes on the 1920×1080 stage (the chart canvas is laid out at stage size and scaled with it). */
export const chartSizes = {
  axisLabel: 28,
  dataLabel: 36,
  derivedNote: 26,
  gaugeValue: 96,
  ringLabel: 28,
} as const;

/** Longest animation anywhere in a chart, in ms. */
export const maxAnimationMs = 400;

export interface AnimationSettings {
  readonly animation: boolean;
  readonly animationDuration: number;
  readonly animationDurationUpdate: number;
  readonly animationEasing: 'cubicOut';
  readonly animationEasingUpdate: 'cubicOut';
  readonly animationDelay: number;
  readonly animationDelayUpdate: number;
}

/** Animation settings for an option: short, and none at all when `animate` is false. */
export function animationSettings(animate: boolean): AnimationSettings {
  return {
    animation: animate,
    animationDuration: animate ? maxAnimationMs : 0,
    animationDurationUpdate: animate ? 300 : 0,
    animationEasing: 'cubicOut',
    animationEasingUpdate: 'cubicOut',
    animationDelay: 0,
    animationDelayUpdate: 0,
  };
}

/** True when the system asks for reduced motion (false outside a browser). */
export function prefersReducedMotion(): boolean {
  return typeof globalThis.matchMedia === 'function' && globalThis.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Whether a chart may animate: the deck asks for it and the system does not ask for reduced motion. */
export function shouldAnimate(animate: boolean): boolean {
  return animate && !prefersReducedMotion();
}

/** The theme registered with ECharts as `briefing` (see ../charts/echarts.ts). */
export const chartTheme = {
  color: [palette.navy, palette.accent, palette.slate],
  backgroundColor: 'transparent',
  textStyle: { fontFamily: chartFont, color: palette.ink, fontSize: chartSizes.axisLabel, fontWeight: 400 },
  categoryAxis: {
    axisLine: { show: true, lineStyle: { color: palette.inkSoft, width: 2 } },
    axisTick: { show: false },
    axisLabel: { color: palette.ink, fontSize: chartSizes.axisLabel, fontFamily: chartFont },
    splitLine: { show: false },
  },
  valueAxis: {
    axisLine: { show: false },
    axisTick: { show: false },
    axisLabel: { show: false },
    splitLine: { show: false },
  },
  ...animationSettings(true),
} as const;

export const chartThemeName = 'briefing';
