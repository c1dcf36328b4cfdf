import { createContext, useContext, useEffect, useMemo, useRef, useState, type JSX } from 'react';
import type { ChartSpec } from '../../../main/shared/deck';
import type { EChartsType } from './echarts';
import { buildChartOption, chartTexts, describeChart } from './options';
import { shouldAnimate } from './theme';
import { whenIdle } from '../ui/idle';
import { loadTypefaceFor } from '../ui/typeface';

export interface ChartViewProps {
  readonly spec: ChartSpec;
  readonly animate: boolean;
  /** Called after the chart's first complete render ('finished') and one animation frame. */
  readonly onReady?: () => void;
  readonly className?: string;
}

/**
 * How the charts below draw: on a canvas (the screen), or as SVG (the print routes: vector shapes and real
 * text in the PDF, at any zoom). A context, so the slide layouts stay the same components for both.
 */
export const ChartRendererContext = createContext<'canvas' | 'svg'>('canvas');

/** If 'finished' never comes (a zero-size box, a browser quirk), the slide still reports ready after this. */
const readyFallbackMs = 2500;
/** How long to wait for the font subsets before drawing with whatever is there (canvas text does not wait for web fonts). */
const fontWaitMs = 1500;

/**
 * The canvas pixels per layout pixel. The stage is CSS-scaled, so the chart is laid out at stage size
 * (offsetWidth/offsetHeight) and drawn at scale × devicePixelRatio to stay sharp on screen.
 */
function pixelRatio(element: HTMLElement): number {
  const scale = element.offsetWidth > 0 ? element.getBoundingClientRect().width / element.offsetWidth : 1;
  const ratio = scale * (window.devicePixelRatio || 1);
  return Math.min(4, Math.max(1, Math.round(ratio * 100) / 100));
}

const isOnScreen = (element: HTMLElement): boolean => element.checkVisibility({ visibilityProperty: true, opacityProperty: true });

/**
 * One ECharts canvas. ECharts itself is loaded on first use (dynamic import of ./echarts), so it never weighs on
 * the initial bundle; the option comes from the pure builders in ./options.
 */
export function ChartView({ spec, animate, onReady, className }: ChartViewProps): JSX.Element {
  const box = useRef<HTMLDivElement>(null);
  const readyCallback = useRef(onReady);
  useEffect(() => {
    readyCallback.current = onReady;
  }, [onReady]);

  // Charts compare by content: a rebuilt but identical spec must not redraw.
  const specKey = JSON.stringify(spec);
  const stableSpec = useMemo(() => JSON.parse(specKey) as ChartSpec, [specKey]);
  const motion = shouldAnimate(animate);
  const renderer = useContext(ChartRendererContext);
  const [ratioEpoch, setRatioEpoch] = useState(0);
  const drawnOnce = useRef<string | null>(null);

  // The stage scale changes with the window: a new pixel ratio needs a new canvas.
  useEffect(() => {
    let timer = 0;
    const onResize = (): void => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setRatioEpoch((n) => n + 1), 150);
    };
    window.addEventListener('resize', onResize);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('resize', onResize);
    };
  }, []);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let cancelled = false;
    let chart: EChartsType | null = null;
    let frame = 0;
    let fallback = 0;
    let announced = false;
    let cancelIdle = (): void => undefined;
    const firstDraw = drawnOnce.current !== specKey;
    const announce = (): void => {
      if (announced || cancelled) return;
      announced = true;
      window.clearTimeout(fallback);
      drawnOnce.current = specKey;
      if (!firstDraw) return;
      frame = requestAnimationFrame(() => {
        if (!cancelled) readyCallback.current?.();
      });
    };
    const observer = new ResizeObserver(() => {
      if (chart && !chart.isDisposed()) chart.resize({ width: element.offsetWidth, height: element.offsetHeight });
    });
    void (async () => {
      const [charts] = await Promise.all([import('./echarts'), loadTypefaceFor(chartTexts(stableSpec), fontWaitMs)]);
      if (cancelled) return;
      // A chart on a hidden slide (one warmed up ahead of the presenter) is set up in an idle period of its
      // own, not in the task that mounted its slide: the two together make a task a key press could wait on.
      if (!isOnScreen(element)) await new Promise<void>((resolve) => (cancelIdle = whenIdle(resolve)));
      if (cancelled) return;
      chart = charts.createChart(element, {
        width: element.offsetWidth,
        height: element.offsetHeight,
        devicePixelRatio: pixelRatio(element),
        renderer,
      });
      chart.on('finished', () => {
        if (chart && !chart.isDisposed()) element.dataset.drawnText = charts.drawnTexts(chart).join('｜');
        announce();
      });
      // A chart drawn on a hidden slide (one warmed up ahead of the presenter) is complete before anyone
      // sees it: animating it there only takes frames from the slide on screen.
      chart.setOption(buildChartOption(stableSpec, { animate: motion && firstDraw && isOnScreen(element) }));
      fallback = window.setTimeout(announce, readyFallbackMs);
      observer.observe(element);
    })().catch(() => announce());
    return () => {
      cancelled = true;
      cancelIdle();
      cancelAnimationFrame(frame);
      window.clearTimeout(fallback);
      observer.disconnect();
      chart?.dispose();
    };
  }, [stableSpec, specKey, motion, ratioEpoch, renderer]);

  return (
    <div
      ref={box}
      className={className ? `chart-canvas ${className}` : 'chart-canvas'}
      role="img"
      aria-label={describeChart(stableSpec)}
      data-chart-kind={stableSpec.kind}
    />
  );
}
