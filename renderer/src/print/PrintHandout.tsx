import { useCallback, useMemo, type JSX } from 'react';
import type { Annotation } from '../../../main/shared/annotations';
import type { Deck, Slide } from '../../../main/shared/deck';
import { handoutSlidesPerPage } from '../../../main/shared/print';
import { describeAnnotation } from '../annotations/anchor-labels';
import { indexDeck, type DeckIndex } from '../annotations/deck-index';
import { fitHandoutText } from './handout-fit';
import { NumberText } from './NumberText';
import { annotationsBySlide, annotationsOf, handoutPages, printedSlides, type SlideAnnotations } from './print-plan';
import { PrintedSlide } from './PrintedSlide';
import { usePrintReady } from './print-ready';

/** The slide's width on the A4 page; the notes take the rest of the row. */
const thumbWidthMm = 92;

interface HandoutProps {
  readonly deck: Deck;
  readonly annotations: readonly Annotation[];
}

/**
 * `#/print/handout`: A4 portrait, three slides a page, each beside its speaker notes and the staff's
 * annotations on it (author and text; ink drawn over the slide), the briefing's title at the head of every
 * page and 第 n 页 / 共 N 页 at its foot. The pages are laid out here, not by the printer, so the head and
 * foot are ordinary text on every page.
 */
export function PrintHandout({ deck, annotations }: HandoutProps): JSX.Element {
  const slides = printedSlides(deck.slides);
  const pages = handoutPages(slides, handoutSlidesPerPage);
  const index = useMemo(() => indexDeck(deck.slides), [deck.slides]);
  const bySlide = useMemo(() => annotationsBySlide(annotations), [annotations]);
  const finish = useCallback(() => fitHandoutText(document), []);
  const onReady = usePrintReady(slides.length, finish);
  return (
    <main className="print-doc print-handout" aria-label={`${deck.title} · 讲义`}>
      {pages.map((page) => (
        <section key={page.number} className="print-page handout-page" aria-label={`第 ${page.number} 页`}>
          <header className="handout-head">
            <span className="handout-title">{deck.title}</span>
            <span>讲义</span>
          </header>
          <div className="handout-rows">
            {page.items.map((slide) => (
              <HandoutRow key={slide.id} slide={slide} index={index} annotations={annotationsOf(bySlide, slide.id)} onReady={onReady} />
            ))}
          </div>
          <footer className="handout-foot">
            <span className="handout-title">{deck.title}</span>
            <span>
              第 {page.number} 页 / 共 {pages.length} 页
            </span>
          </footer>
        </section>
      ))}
    </main>
  );
}

interface RowProps {
  readonly slide: Slide;
  readonly index: DeckIndex;
  readonly annotations: SlideAnnotations;
  readonly onReady: (slideId: string) => void;
}

function HandoutRow({ slide, index, annotations, onReady }: RowProps): JSX.Element {
  const number = (index.slideIndexById.get(slide.id) ?? 0) + 1;
  return (
    <article className="handout-row" aria-label={`第 ${number} 张 ${slide.title}`}>
      <div className="handout-slide">
        <PrintedSlide slide={slide} widthMm={thumbWidthMm} ink={annotations.ink} onReady={onReady} />
        <p className="handout-caption">
          <span className="print-number">第 {number} 张</span> {slide.title}
        </p>
      </div>
      <div className="handout-text">
        {slide.notes.length > 0 && (
          <section className="handout-notes">
            <h3>演讲备注</h3>
            {slide.notes.map((paragraph, i) => (
              <p key={i}>
                <NumberText text={paragraph} />
              </p>
            ))}
          </section>
        )}
        {annotations.notes.length > 0 && (
          <section className="handout-annotations">
            <h3>批注</h3>
            <ul>
              {annotations.notes.map((note) => (
                <li key={note.id}>
                  <span className="handout-author">{note.author}</span>
                  {note.anchor.kind !== 'slide' && <span className="handout-anchor">（{describeAnnotation(note, index).what}）</span>}：
                  <NumberText text={note.body} />
                </li>
              ))}
            </ul>
          </section>
        )}
        {slide.notes.length === 0 && annotations.notes.length === 0 && <p className="handout-empty">（无备注）</p>}
      </div>
    </article>
  );
}
