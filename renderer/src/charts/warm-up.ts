import type { ChartSpec } from '../../../main/shared/deck';
import { whenIdle } from '../ui/idle';
import { buildChartOption } from './options';

/** A size like a chart panel's on the stage (the code paths do not depend on it much). */
const scratchSize = { width: 900, height: 560 };

/**
 * Draw one chart of each kind the deck uses, off screen, once, and throw it away, one kind per idle period.
 * The first chart ECharts draws takes several times longer than the next (its code is compiled as it first
 * runs): done here, before the talk, that first time is not a step's long task in the middle of it.
 */
export function warmUpCharts(specs: readonly ChartSpec[]): () => void {
  const byKind = new Map<ChartSpec['kind'], ChartSpec>();
  for (const spec of specs) if (!byKind.has(spec.kind)) byKind.set(spec.kind, spec);
  const queue = [...byKind.values()];
  let cancelled = false;
  let cancelIdle = (): void => undefined;
  const next = (): void => {
    const spec = queue.shift();
    if (!spec || cancelled) return;
    cancelIdle = whenIdle(() => {
      void import('./echarts')
        .then((charts) => {
          if (cancelled) return;
          const scratch = document.createElement('div');
          scratch.setAttribute('aria-hidden', 'true');
          Object.assign(scratch.style, { position: 'fixed', left: '-10000px', top: '0', width: `${scratchSize.width}px`, height: `${scratchSize.height}px` });
          document.body.append(scratch);
          const chart = charts.createChart(scratch, { ...scratchSize, devicePixelRatio: 1 });
          chart.setOption(buildChartOption(spec, { animate: false }));
          chart.dispose();
          scratch.remove();
        })
        .catch(() => undefined)
        .finally(next);
    });
  };
  next();
  return () => {
    cancelled = true;
    cancelIdle();
  };
}
