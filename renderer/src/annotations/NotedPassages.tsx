import { useEffect } from 'react';
import { notedHighlight, setHighlight, clearHighlight } from '../text/highlights';
import type { Annotations } from './context';
import { paragraphElement, rangeInParagraph, sourceTextSelector } from './source-dom';
import { useStore } from '../ui/use-store';

/**
 * In the source view: passages that carry a note are underlined, so a reader sees where colleagues
 * commented. Re-drawn when the notes change or the text is rendered again.
 */
export function NotedPassages({ annotations }: { readonly annotations: Annotations }) {
  const all = useStore(annotations.store.state, (s) => s.annotations);

  useEffect(() => {
    const quotes = all.filter((a) => a.anchor.kind === 'quote' && a.paragraphId !== null && a.textRange !== null);
    const draw = (): void => {
      const ranges: Range[] = [];
      for (const a of quotes) {
        const element = a.paragraphId === null ? null : paragraphElement(a.paragraphId);
        const range = element && a.textRange ? rangeInParagraph(element, a.textRange.start, a.textRange.end) : null;
        if (range) ranges.push(range);
      }
      setHighlight(notedHighlight, ranges);
    };
    draw();
    // The source view renders after it loads, and re-renders its text when a figure is selected.
    let frame = 0;
    const observer = new MutationObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(draw);
    });
    const root = document.querySelector(sourceTextSelector)?.parentElement ?? document.body;
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      clearHighlight(notedHighlight);
    };
  }, [all]);
  return null;
}
