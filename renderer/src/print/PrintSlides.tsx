import type { JSX } from 'react';
import type { Deck } from '../../../main/shared/deck';
import { printPageSizes } from '../../../main/shared/print';
import { printedSlides } from './print-plan';
import { PrintedSlide } from './PrintedSlide';
import { usePrintReady } from './print-ready';

const noFinish = (): void => undefined;

/** `#/print/slides`: one slide a page, edge to edge on a 16:9 page, as projected. */
export function PrintSlides({ deck }: { readonly deck: Deck }): JSX.Element {
  const slides = printedSlides(deck.slides);
  const onReady = usePrintReady(slides.length, noFinish);
  return (
    <main className="print-doc print-slides" aria-label={`${deck.title} · 幻灯片`}>
      {slides.map((slide) => (
        <section key={slide.id} className="print-page" aria-label={slide.title}>
          <PrintedSlide slide={slide} widthMm={printPageSizes.slides.widthMm} onReady={onReady} />
        </section>
      ))}
    </main>
  );
}
