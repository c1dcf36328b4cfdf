import { snippetPieces } from './targets';

/** A search snippet with its matches marked, built as elements (the text is never parsed as HTML). */
export function Snippet({ text, highlights }: { readonly text: string; readonly highlights: readonly { start: number; end: number }[] }) {
  return (
    <span className="search-snippet">
      {snippetPieces(text, highlights).map((piece, i) => (piece.highlighted ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>))}
    </span>
  );
}
