import type { TextSpan } from '../../../main/shared/deck';

/** A sentence of the report with the words a figure came from marked, so the eye finds them at once. */
export function MarkedQuote({ text, mark }: { readonly text: string; readonly mark: TextSpan | null }) {
  if (!mark || mark.start < 0 || mark.end > text.length || mark.start >= mark.end) return <>{text}</>;
  return (
    <>
      {text.slice(0, mark.start)}
      <mark className="quote-mark">{text.slice(mark.start, mark.end)}</mark>
      {text.slice(mark.end)}
    </>
  );
}
