import './marks.css';
import { useMemo } from 'react';
import type { Annotations } from './context';
import { filterNotes } from './filters';
import { useStore } from '../ui/use-store';

/**
 * 批注 N in the top right corner of the stage when the slide has notes. In a window with a notes panel it
 * opens them; elsewhere (the presenter view, whose notes are listed beside the slide) it only marks.
 */
export function SlideNoteBadge({ annotations, slideId, opensPanel }: { readonly annotations: Annotations; readonly slideId: string; readonly opensPanel: boolean }) {
  const { store, panel } = annotations;
  const all = useStore(store.state, (s) => s.annotations);
  const count = useMemo(() => filterNotes(all, { scope: 'slide', slideId, author: null, tag: null }).length, [all, slideId]);
  if (count === 0) return null;
  if (!opensPanel) {
    return (
      <span className="slide-note-badge" data-slide-notes={count}>
        批注 {count}
      </span>
    );
  }
  return (
    <button
      type="button"
      className="slide-note-badge"
      data-slide-notes={count}
      aria-label={`本张有 ${count} 条批注，查看`}
      onClick={(event) => {
        event.stopPropagation(); // not a click on the slide
        panel.setState({ open: true, scope: 'slide' });
      }}
    >
      <span aria-hidden="true">批注 {count}</span>
    </button>
  );
}
