import type { JSX } from 'react';
import type { AgendaSlide as AgendaSlideData } from '../../../../main/shared/deck';
import { partNumber, Phrases, SlideHeader } from './shared';

/** The table of contents: one row per part, its number, headline and slogan. */
export function AgendaSlide({ slide }: { readonly slide: AgendaSlideData }): JSX.Element {
  return (
    <>
      <SlideHeader kicker={null} heading={slide.title} />
      <ol className="sv-agenda-list" data-count={Math.min(slide.items.length, 7)} data-fit="height">
        {slide.items.map((item) => (
          <li key={item.partIndex} className="sv-agenda-item">
            <span className="sv-agenda-number" aria-hidden="true">
              {partNumber(item.partIndex)}
            </span>
            <span className="sv-agenda-text">
              <span className="sv-agenda-headline">
                <Phrases text={item.headline} />
              </span>
              {item.slogan && <span className="sv-agenda-slogan">{item.slogan}</span>}
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
