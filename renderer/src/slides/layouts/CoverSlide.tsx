import type { JSX } from 'react';
import type { CoverSlide as CoverSlideData } from '../../../../main/shared/deck';
import { Phrases } from './shared';

/** The title page: region, the report's title, what it covers and the period, on the deep navy ground. */
export function CoverSlide({ slide }: { readonly slide: CoverSlideData }): JSX.Element {
  return (
    <div className="sv-cover-inner" data-fit="height">
      {slide.region && <p className="sv-cover-region">{slide.region}</p>}
      <h1 className="sv-cover-title">
        <Phrases text={slide.title} />
      </h1>
      <div className="sv-cover-rule" aria-hidden="true" />
      {slide.subtitle && <p className="sv-cover-subtitle">{slide.subtitle}</p>}
      {slide.period && <p className="sv-cover-period">{slide.period}</p>}
    </div>
  );
}
