import './marks.css';
import { useMemo, useRef } from 'react';
import { describeAnnotation } from './anchor-labels';
import { useAnnotations } from './context';
import { filterNotes, sortNotes } from './filters';
import { useStore } from './use-store';
import { noAnnotations } from './store';


/**
 * Under the speaker notes: 批注 N and the notes on the slide on screen, oldest first, so the presenter
 * can answer what colleagues wrote. Read-only (they are written in the audience window or the source view).
 */
export function PresenterNoteList({ slideId }: { readonly slideId: string }) {
  const annotations = useAnnotations();
  const all = useStore(annotations?.store.state ?? noAnnotations, (s) => s.annotations);
  const notes = useMemo(
    () => (annotations ? sortNotes(filterNotes(all, { scope: 'slide', slideId, author: null, tag: null }), 'oldest', annotations.deck.slideIndexById) : []),
    [all, slideId, annotations],
  );
  const list = useRef<HTMLOListElement>(null);
  if (!annotations || notes.length === 0) return null;
  // The title is not inside the list's section but beside it, a child of the scrolling notes: only so can it
  // stick to their foot while they are long, and 批注 N be seen without scrolling. A click shows the notes.
  return (
    <>
      <h2 className="presenter-annotations-title">
        <button type="button" onClick={() => list.current?.scrollIntoView({ block: 'start', behavior: 'smooth' })}>
          批注 {notes.length}
        </button>
      </h2>
      <section className="presenter-annotations" aria-label="本张批注">
        <ol ref={list}>
          {notes.map((note) => (
            <li key={note.id} className={`kind-${note.anchor.kind}`}>
              <p className="presenter-annotation-meta">
                <strong>{note.author}</strong>
                <span>{describeAnnotation(note, annotations.deck).what}</span>
              </p>
              <p className="presenter-annotation-body">{note.body}</p>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
