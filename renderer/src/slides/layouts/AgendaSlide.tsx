import type { JSX } from 'react';
import type { AgendaSlide as AgendaSlideData } from '../../../../main/shared/deck';
import { formatMinutes } from '../../../../main/shared/meeting-plan';
import { partNumber, Phrases, SlideHeader } from './shared';

/**
 * The table of contents: one row per part, its number, headline and slogan; with the meeting's time plan
 * (shared/meeting-plan.ts), each part's planned time beside it and the meeting's total below.
 */
export function AgendaSlide({ slide }: { readonly slide: AgendaSlideData }): JSX.Element {
  const timed = slide.plannedMinutes != null;
  return (
    <>
      <SlideHeader kicker={null} heading={slide.title} />
      <ol className="sv-agenda-list" data-count={Math.min(slide.items.length, 7)} data-fit="height" data-timed={timed}>
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
            {timed && <span className="sv-agenda-minutes">{item.minutes != null ? `约 ${formatMinutes(item.minutes)}` : ''}</span>}
          </li>
        ))}
      </ol>
      {slide.plannedMinutes != null && <p className="sv-agenda-total">
          全程计划 <strong>约 {formatMinutes(slide.plannedMinutes)}</strong>
        </p>}
    </>
  );
}
