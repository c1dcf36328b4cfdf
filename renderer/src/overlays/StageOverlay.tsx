import type { Slide } from '../../../main/shared/deck';
import type { DeckEngine } from '../deck/engine';
import { useDeckState } from '../deck/useDeckState';
import { InkLayer } from '../ink/InkLayer';
import { useAnnotations } from '../annotations/context';
import { SlideNoteBadge } from '../annotations/SlideNoteBadge';

/**
 * What annotations add on the stage itself, scaled with the slide: the ink of the slide on screen (and the
 * surface to draw on) and the 批注 N marker. `readOnly` for a copy of the slide that is not drawn on.
 */
export function StageOverlay({
  deck,
  slides,
  readOnly = false,
  opensPanel = true,
}: {
  readonly deck: DeckEngine;
  readonly slides: readonly Slide[];
  readonly readOnly?: boolean;
  /** False where the window has no notes panel (the presenter view): the 批注 N mark only marks. */
  readonly opensPanel?: boolean;
}) {
  const annotations = useAnnotations();
  const index = useDeckState(deck, (s) => s.index);
  const slide = slides[index];
  if (!annotations || !slide) return null;
  return (
    <>
      <InkLayer annotations={annotations} slideId={slide.id} readOnly={readOnly} />
      <SlideNoteBadge annotations={annotations} slideId={slide.id} opensPanel={opensPanel} />
    </>
  );
}
