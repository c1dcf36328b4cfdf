import type { JSX } from 'react';
import type { ContentSlide as ContentSlideData, FigureCard as FigureCardData } from '../../../../main/shared/deck';
import { ChartView } from '../../charts/ChartView';
import { ChartKey } from '../../charts/ChartKey';
import { chartKey } from '../../charts/options';
import { FigureCard } from '../FigureCard';
import { Phrases, SlideHeader } from './shared';
import { partNumeral } from '../../../../main/shared/numerals';
import { chartPoints } from '../../../../main/shared/chart-points';

export interface ContentSlideProps {
  readonly slide: ContentSlideData;
  readonly revealed: number;
  readonly animate: boolean;
  readonly onChartReady?: () => void;
  readonly onOpenQuote?: (card: FigureCardData) => void;
}

type Layout = 'points' | 'cards' | 'chart' | 'chart-cards' | 'chart-grid';

/**
 * Which arrangement a slide gets: key sentences when it has no figures; cards alone in a grid; the chart
 * beside a column of up to three cards; or the chart beside a two-column grid of four to six.
 */
function layoutOf(slide: ContentSlideData): Layout {
  const cards = slide.cards.length;
  if (!slide.chart) return cards === 0 ? 'points' : 'cards';
  if (cards === 0) return 'chart';
  return cards <= 3 ? 'chart-cards' : 'chart-grid';
}

/** Columns of the card grid without a chart: 1–3 in a row, 4 as 2×2, 5–6 as 3×2. */
function gridColumns(count: number): number {
  if (count <= 3) return Math.max(1, count);
  return count === 4 ? 2 : 3;
}

export function ContentSlide({ slide, revealed, animate, onChartReady, onOpenQuote }: ContentSlideProps): JSX.Element {
  const layout = layoutOf(slide);
  const columns = layout === 'cards' ? gridColumns(slide.cards.length) : layout === 'chart-grid' ? 2 : 1;
  const chart = slide.chart;
  const chartHasDerived = chart ? chartPoints(chart).some((p) => p.derived) : false;
  const chartKeyEntries = chart ? chartKey(chart) : null;
  return (
    <>
      <SlideHeader kicker={`${partNumeral(slide.partIndex)}、${slide.partHeadline}`} heading={slide.heading} page={slide} />
      <div className="sv-body" data-layout={layout}>
        {layout === 'points' && (
          <ul className="sv-points" data-count={slide.points.length} data-fit="height">
            {slide.points.map((point, i) => (
              <li key={`${i}-${point.slice(0, 12)}`}>{point}</li>
            ))}
          </ul>
        )}
        {chart && (
          <figure className="sv-chart" data-chart-kind={chart.kind}>
            <figcaption className="sv-chart-title">
              <Phrases text={chart.title} />
            </figcaption>
            <div className="sv-chart-body">
              <ChartView spec={chart} animate={animate} onReady={onChartReady} />
              {chartKeyEntries && <ChartKey entries={chartKeyEntries} />}
            </div>
            {chartHasDerived && (
              <p className="sv-chart-note">
                <span className="sv-hatch" aria-hidden="true" />
                斜线虚框为推算值（报告未直接给出）
              </p>
            )}
          </figure>
        )}
        {slide.cards.length > 0 && (
          <ul
            className="sv-cards"
            data-count={slide.cards.length}
            data-columns={columns}
            data-fit="height"
            aria-label="关键数据"
          >
            {slide.cards.map((card) => (
              <FigureCard
                key={`${card.figureKey}-${card.step}`}
                card={card}
                visible={card.step <= revealed}
                onOpenQuote={onOpenQuote}
              />
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
