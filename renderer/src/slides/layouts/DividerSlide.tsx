import type { JSX } from 'react';
import type { DividerSlide as DividerSlideData } from '../../../../main/shared/deck';
import { partNumber, Phrases } from './shared';
import { partNumeral } from '../../../../main/shared/numerals';

/** The opening of a part: its number on the navy panel, then headline, slogan and the sections it covers. */
export function DividerSlide({ slide }: { readonly slide: DividerSlideData }): JSX.Element {
  return (
    <div className="sv-divider-inner">
      <div className="sv-divider-mark">
        <p className="sv-divider-kicker">第{partNumeral(slide.partIndex)}部分</p>
        <p className="sv-divider-number" aria-hidden="true">
          {partNumber(slide.partIndex)}
        </p>
      </div>
      <div className="sv-divider-main" data-fit="height">
        <h2 className="sv-divider-headline">
          <Phrases text={slide.headline} />
        </h2>
        {slide.slogan && <p className="sv-divider-slogan">{slide.slogan}</p>}
        {slide.sections.length > 0 && (
          <ol className="sv-divider-sections" data-count={Math.min(slide.sections.length, 10)} aria-label="本部分内容">
            {slide.sections.map((heading, i) => (
              <li key={`${i}-${heading}`}>
                <span className="sv-divider-section-no" aria-hidden="true">
                  {i + 1}
                </span>
                <span>{heading}</span>
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
