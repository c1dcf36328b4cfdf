import '../ink/ink.css';
import type { JSX } from 'react';
import type { Annotation } from '../../../main/shared/annotations';
import type { Slide } from '../../../main/shared/deck';
import { InkStrokePath } from '../ink/InkStrokePath';
import { drawnStrokes } from '../ink/stroke-paths';
import { SlideView } from '../slides/SlideView';
import { stageHeight, stageWidth } from '../slides/Stage';

/** CSS pixels per millimetre (96 per inch): print lengths are given in mm, the stage in pixels. */
const pxPerMm = 96 / 25.4;

interface PrintedSlideProps {
  readonly slide: Slide;
  /** The width the slide takes on paper; its height follows (16:9). */
  readonly widthMm: number;
  /** Ink annotations drawn over it (the handout); none on the slides themselves. */
  readonly ink?: readonly Annotation[];
  readonly onReady: (slideId: string) => void;
}

/**
 * One slide as the deck draws it — the same layout components, every card shown, nothing moving — on its
 * 1920×1080 stage scaled to `widthMm` of paper. Scaling keeps it vector: text stays text in the PDF.
 */
export function PrintedSlide({ slide, widthMm, ink = [], onReady }: PrintedSlideProps): JSX.Element {
  const scale = (widthMm * pxPerMm) / stageWidth;
  return (
    <div className="print-slide" style={{ width: `${widthMm}mm`, height: `${(widthMm * stageHeight) / stageWidth}mm` }}>
      <div className="print-stage" style={{ transform: `scale(${scale})` }}>
        <SlideView slide={slide} revealed={slide.steps} animate={false} onReady={() => onReady(slide.id)} />
        {ink.length > 0 && (
          <svg className="ink-layer" viewBox={`0 0 ${stageWidth} ${stageHeight}`} aria-hidden="true">
            {ink.flatMap(drawnStrokes).map((stroke) => (
              <InkStrokePath key={stroke.key} stroke={stroke} />
            ))}
          </svg>
        )}
      </div>
    </div>
  );
}
