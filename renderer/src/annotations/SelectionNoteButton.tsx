import { useEffect, useState } from 'react';
import type { Annotations } from './context';
import { Icon } from '../ui/icons';
import { startDraft } from './panel-state';
import { readSourceSelection, type SourceSelection } from './source-dom';

/** Size of the button, to keep it inside the window. */
const buttonWidth = 112;
const buttonHeight = 36;

/**
 * In the source view: select words of the report and a small 添加批注 appears just above the end of the
 * selection; it starts a note quoting them. The selection is read when it settles (not on every change
 * of a drag) and again when the text scrolls under it.
 */
export function SelectionNoteButton({ annotations }: { readonly annotations: Annotations }) {
  const [selection, setSelection] = useState<SourceSelection | null>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pointerDown = false;
    const read = (): void => setSelection(pointerDown ? null : readSourceSelection(window.getSelection()));
    const later = (): void => {
      clearTimeout(timer);
      timer = setTimeout(read, 120);
    };
    const onDown = (): void => {
      pointerDown = true;
    };
    const onUp = (): void => {
      pointerDown = false;
      later();
    };
    document.addEventListener('selectionchange', later);
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('pointerup', onUp);
    document.addEventListener('scroll', later, true);
    window.addEventListener('resize', later);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('selectionchange', later);
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('pointerup', onUp);
      document.removeEventListener('scroll', later, true);
      window.removeEventListener('resize', later);
    };
  }, []);

  if (!selection) return null;
  const above = selection.rect.top - buttonHeight - 10;
  const top = above > 8 ? above : selection.rect.bottom + 10;
  const left = Math.min(Math.max(8, selection.rect.right - buttonWidth / 2), window.innerWidth - buttonWidth - 8);
  return (
    <button
      type="button"
      className="selection-note-button"
      style={{ top, left }}
      // Pressing the button must not take the selection away before it is read.
      onPointerDown={(event) => event.preventDefault()}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        const { paragraphId, start, end, quote } = selection;
        startDraft(annotations.panel, { kind: 'selection', paragraphId, start, end, quote });
        window.getSelection()?.removeAllRanges();
        setSelection(null);
      }}
    >
      <Icon name="note" />
      添加批注
    </button>
  );
}
