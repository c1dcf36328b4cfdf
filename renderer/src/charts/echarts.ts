/**
 * The only module that loads ECharts, and only the parts the deck draws: bar, gauge and pie series on a
 * cartesian grid, with the canvas renderer on screen and the SVG renderer for print (vector shapes and real,
 * selectable text in a PDF). Loaded lazily by ChartView (dynamic import) so ECharts stays
 * out of the initial bundle.
 */
import { BarChart, GaugeChart, PieChart } from 'echarts/charts';
import type { BarSeriesOption, GaugeSeriesOption, PieSeriesOption } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import type { GridComponentOption } from 'echarts/components';
import { init, registerTheme, use } from 'echarts/core';
import type { ComposeOption, EChartsType } from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { chartTheme, chartThemeName } from './theme';

/** Every option a chart of the deck may use: exactly the registered parts. */
export type ChartOption = ComposeOption<BarSeriesOption | GaugeSeriesOption | PieSeriesOption | GridComponentOption>;
export type { BarSeriesOption, GaugeSeriesOption, PieSeriesOption, GridComponentOption };

use([BarChart, GaugeChart, PieChart, GridComponent, CanvasRenderer, SVGRenderer]);
registerTheme(chartThemeName, chartTheme);

export interface CreateChartOptions {
  /** Layout size on the stage (offsetWidth/offsetHeight), not the scaled on-screen size. */
  readonly width: number;
  readonly height: number;
  /** Canvas pixels per layout pixel: the stage scale × the screen's devicePixelRatio. */
  readonly devicePixelRatio: number;
  /** 'svg' for print (see ChartRendererContext); the screen draws on a canvas. */
  readonly renderer?: ChartRenderer;
}

export type ChartRenderer = 'canvas' | 'svg';

/** A chart on `element`, themed like the slides: a canvas, or SVG for print. */
export function createChart(element: HTMLElement, { width, height, devicePixelRatio, renderer = 'canvas' }: CreateChartOptions): EChartsType {
  return init(element, chartThemeName, { renderer, width, height, devicePixelRatio, locale: 'ZH' });
}

export type { EChartsType };

/** The part of zrender's scene this module reads: the displayed elements and their text. */
interface DrawnScene {
  readonly storage: { getDisplayList(update?: boolean): readonly { readonly type: string; readonly style?: { readonly text?: unknown } }[] };
}

/**
 * Every text the chart has drawn, as laid out: a label ECharts had to cut short would end in …. The chart
 * view publishes these on its element, so what reaches the canvas can be checked against the report.
 */
export function drawnTexts(chart: EChartsType): string[] {
  const scene = chart.getZr() as unknown as DrawnScene;
  return scene.storage
    .getDisplayList(true)
    .filter((element) => element.type === 'tspan' && typeof element.style?.text === 'string' && element.style.text !== '')
    .map((element) => String(element.style?.text));
}
