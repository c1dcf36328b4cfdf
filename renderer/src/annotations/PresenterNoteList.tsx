import './marks.css';
import { useMemo } from 'react';
import { describeAnnotation } from './anchor-labels';
import { useAnnotations } from './context';
import { filterNotes, sortNotes } from './filters';
import { useStore } from '../ui/use-store';
import { noAnnotations } from './store';


/**
 * Beside the speaker notes, first: 批注 N and the staff notes on the slide on screen, oldest first, so the
 * presenter sees at once what colleagues asked to say or check. Read-only (notes are written in the audience
 * window or the source view).
 */
export function PresenterNoteList({ slideId }: { readonly slideId: string }) {
  const annotations = useAnnotations();
  const all = useStore(annotations?.store.state ?? noAnnotations, (s) => s.annotations);
  const notes = useMemo(
    () => (annotations ? sortNotes(filterNotes(all, { scope: 'slide', slideId, author: null, tag: null }), 'oldest', annotations.deck.slideIndexById) : []),
    [all, slideId, annotations],
  );
  if (!annotations || notes.length === 0) return null;
  return (
    <section className="presenter-annotations" aria-label="本张批注">
      <h2 className="presenter-annotations-title">
        批注 <span className="presenter-annotations-count">{notes.length}</span>
      </h2>
      <ol>
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
  );
}
