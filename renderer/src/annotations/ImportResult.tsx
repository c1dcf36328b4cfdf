import { useState } from 'react';
import type { ImportCounts } from '../../../main/shared/annotations';
import type { NoteActions } from './actions';
import { importSummary, skippedLines } from '../../../main/shared/import-report';

export type ImportOutcome =
  | { readonly kind: 'done'; readonly counts: ImportCounts; readonly restored: boolean }
  | { readonly kind: 'refused'; readonly message: string };

interface ImportResultProps {
  readonly outcome: ImportOutcome;
  readonly actions: NoteActions;
  readonly onRestored: () => void;
  readonly onClose: () => void;
}

/**
 * What the last import did, under the buttons, until 知道了. Notes the file held that were deleted here
 * since stay deleted (the newer deletion wins); they can be brought back from here, in one undoable action.
 */
export function ImportResult({ outcome, actions, onRestored, onClose }: ImportResultProps) {
  const [busy, setBusy] = useState(false);
  if (outcome.kind === 'refused') {
    return (
      <div className="note-import-result is-error" role="alert">
        <p>{outcome.message}</p>
        <CloseButton onClose={onClose} />
      </div>
    );
  }
  const { counts, restored } = outcome;
  const left = counts.deletedHere.length;
  const restore = async (): Promise<void> => {
    setBusy(true);
    if (await actions.restoreNotes(counts.deletedHere)) onRestored();
    setBusy(false);
  };
  return (
    <div className="note-import-result" role="status">
      <p>导入完成：{importSummary(counts)}</p>
      {counts.skipped.length > 0 && (
        <ul>
          {skippedLines(counts).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {left > 0 && !restored && (
        <p className="note-import-deleted">
          本机删除它们的时间比文件中的版本晚，所以仍是删除状态。
          <button type="button" className="note-text-button" disabled={busy} onClick={() => void restore()}>
            恢复这 {left} 条
          </button>
        </p>
      )}
      {left > 0 && restored && <p className="note-import-deleted">已恢复这 {left} 条批注。</p>}
      <CloseButton onClose={onClose} />
    </div>
  );
}

function CloseButton({ onClose }: { readonly onClose: () => void }) {
  return (
    <button type="button" className="note-text-button" onClick={onClose}>
      知道了
    </button>
  );
}
