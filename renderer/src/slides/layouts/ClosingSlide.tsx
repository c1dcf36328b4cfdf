import type { JSX } from 'react';
import type { ClosingSlide as ClosingSlideData } from '../../../../main/shared/deck';
import { Phrases } from './shared';

/** The closing line of the report (内蒙古答卷), set large on the navy ground. */
export function ClosingSlide({ slide }: { readonly slide: ClosingSlideData }): JSX.Element {
  return (
    <div className="sv-closing-inner" data-fit="both">
      <div className="sv-closing-rule" aria-hidden="true" />
      <h1 className="sv-closing-text">
        <Phrases text={slide.text} />
      </h1>
      {slide.subtitle && <p className="sv-closing-subtitle">{slide.subtitle}</p>}
    </div>
  );
}
