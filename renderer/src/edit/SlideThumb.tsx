import { memo } from 'react';
import type { Slide } from '../../../main/shared/deck';
import { SlideView } from '../slides/SlideView';
import { Stage } from '../slides/Stage';

/**
 * A small rendering of a slide (a picture: not read out, not clickable in itself). Drawn again only when the
 * slide itself changed: the core answers every edit with a whole new deck, and redrawing forty slides and
 * their charts for one retitle would make the list stutter.
 */
export const SlideThumb = memo(
  function SlideThumb({ slide }: { readonly slide: Slide }) {
    return (
      <Stage label={slide.title}>
        <SlideView slide={slide} revealed={slide.steps} animate={false} />
      </Stage>
    );
  },
  (before, after) => before.slide === after.slide || JSON.stringify(before.slide) === JSON.stringify(after.slide),
);
