import type { JSX } from 'react';
import type { ContentSlide as ContentSlideData, FigureCard as FigureCardData } from '../../../../main/shared/deck';
import { ChartView } from '../../charts/ChartView';
import { ChartKey } from '../../charts/ChartKey';
import { chartKey } from '../../charts/options';
import { FigureCard } from '../FigureCard';
import { Phrases, SlideHeader } from './shared';
import { partNumeral } from '../../../../main/shared/numerals';
import { chartPoints } from '../../../../main/shared/chart-points';
import { cardColumns, contentLayout } from '../../../../main/shared/content-layout';

export interface ContentSlideProps {
  readonly slide: ContentSlideData;
  readonly revealed: number;
  readonly animate: boolean;
  readonly onChartReady?: () => void;
  readonly onOpenQuote?: (card: FigureCardData) => void;
}

export function ContentSlide({ slide, revealed, animate, onChartReady, onOpenQuote }: ContentSlideProps): JSX.Element {
  const layout = contentLayout(slide);
  const columns = cardColumns(layout, slide.cards.length);
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
