import './search.css';
import { useEffect } from 'react';
import type { Annotations } from '../annotations/context';
import { paragraphElement, rangeInParagraph } from '../annotations/source-dom';
import { useStore } from '../ui/use-store';
import { clearHighlight, passageHighlight, setHighlight, whenPresent } from '../text/highlights';

/**
 * In the source view: scroll to the passage a search result (or a note) asked for and highlight the match.
 * It waits for the paragraph to be rendered, since the view loads the report after the route changes.
 */
export function PassageHighlighter({ annotations }: { readonly annotations: Annotations }) {
  const passage = useStore(annotations.passage, (s) => s.passage);
  const request = useStore(annotations.passage, (s) => s.request);

  useEffect(() => {
    if (!passage) return;
    const cancel = whenPresent(
      () => paragraphElement(passage.paragraphId),
      (element) => {
        element.scrollIntoView({ block: 'center', behavior: 'auto' });
        const range = passage.end > passage.start ? rangeInParagraph(element, passage.start, passage.end) : null;
        // No span to mark (a note on a whole paragraph): the whole paragraph is the passage.
        const whole = document.createRange();
        whole.selectNodeContents(element);
        setHighlight(passageHighlight, [range ?? whole]);
      },
    );
    return () => {
      cancel();
      clearHighlight(passageHighlight);
    };
    // `request` too: asking for the same passage again scrolls to it again.
  }, [passage, request]);
  return null;
}
