import { useEffect, useRef } from 'react';
import type { LibraryEntry } from '../../../main/shared/library';

/** 删除简报？ — what goes with it, and that it can be undone until the app is closed. */
export function ConfirmDelete({ entry, onConfirm, onCancel }: { readonly entry: LibraryEntry; readonly onConfirm: () => void; readonly onCancel: () => void }) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  const notes = entry.annotationCount > 0 ? `及其 ${entry.annotationCount} 条批注` : '';
  return (
    <div className="library-backdrop" onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
      <div className="library-dialog" role="alertdialog" aria-modal="true" aria-labelledby="delete-heading" aria-describedby="delete-detail">
        <h2 id="delete-heading">删除简报？</h2>
        <p id="delete-detail">
          将从简报库中删除《{entry.title}》{notes}。关闭应用前可以撤销。
        </p>
        <div className="library-dialog-actions">
          <button type="button" ref={cancel} onClick={onCancel}>
            取消
          </button>
          <button type="button" className="is-danger" onClick={onConfirm}>
            删除
          </button>
        </div>
      </div>
    </div>
  );
}
