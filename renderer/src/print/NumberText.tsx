import type { JSX } from 'react';
import { numberRuns } from './number-runs';

/** Running text whose numbers (with their units) never break across lines: 5615.3亿元 stays whole. */
export function NumberText({ text }: { readonly text: string }): JSX.Element {
  return (
    <>
      {numberRuns(text).map((run, i) =>
        run.number ? (
          <span key={i} className="print-number">
            {run.text}
          </span>
        ) : (
          run.text
        ),
      )}
    </>
  );
}
