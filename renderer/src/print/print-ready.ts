import { useCallback, useEffect, useRef, useState } from 'react';
import type { PrintReadyState } from '../../../main/shared/print';
import { distinctCharacters, loadTypefaceFor } from '../ui/typeface';

/** The fonts of a long handout can take a while on a slow disk; past this the page prints with what it has. */
const fontWaitMs = 15_000;

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Tell whoever prints the page (the shell's printToPDF, the preview's window.print, a test) where it stands. */
export function announcePrintState(state: PrintReadyState, message?: string): void {
  document.body.dataset.printReady = state;
  if (message !== undefined) document.body.dataset.printError = message;
}

/**
 * Counts the slides that have drawn (charts included); once all `expected` have, loads the app's typeface
 * for every character on the page, waits for `document.fonts.ready`, runs `finish` (last layout touches,
 * on final metrics) and sets `printReady`. Returns the callback each slide calls when drawn.
 */
export function usePrintReady(expected: number, finish: () => void): (slideId: string) => void {
  const drawn = useRef(new Set<string>());
  const [allDrawn, setAllDrawn] = useState(expected === 0);
  const onSlideReady = useCallback(
    (slideId: string) => {
      drawn.current.add(slideId);
      if (drawn.current.size >= expected) setAllDrawn(true);
    },
    [expected],
  );
  const finishing = useRef(finish);
  useEffect(() => {
    finishing.current = finish;
  }, [finish]);
  useEffect(() => {
    if (!allDrawn) return;
    let cancelled = false;
    void (async () => {
      await loadTypefaceFor(distinctCharacters(document.body.innerText), fontWaitMs);
      await document.fonts.ready;
      await nextFrame();
      if (cancelled) return;
      finishing.current();
      await nextFrame();
      if (!cancelled) announcePrintState('true');
    })();
    return () => {
      cancelled = true;
    };
  }, [allDrawn]);
  useEffect(
    () => () => {
      delete document.body.dataset.printReady;
      delete document.body.dataset.printError;
    },
    [],
  );
  return onSlideReady;
}
