import './edit.css';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { BriefingApi } from '../api/client';
import type { CheckFinding, DeckEdit } from '../../../main/shared/deck-edits';
import { ConfirmResetAll } from './ConfirmResetAll';
import { EditActions } from './EditActions';
import { EditBody } from './EditBody';
import { useDeckEditor } from './useDeckEditor';
import { useUndoKeys } from './useUndoKeys';

interface EditScreenProps {
  readonly api: BriefingApi;
  readonly briefingId: number;
  /** The slide to select first (the one on screen when the editor was opened), by key. */
  readonly startKey: string | null;
  /** The app's toolbar (its views and 导出) around the editor's own actions. */
  readonly toolbar: (actions: ReactNode) => ReactNode;
  /** Told after every change to the deck, so the app reads it afresh before presenting it. */
  readonly onEdited: () => void;
  /** Told of the selected slide, so presenting after editing starts on it. */
  readonly onSelect: (key: string) => void;
}

/** The editing view: the deck as a list of thumbnails, the selected slide large, and what can be changed on it. */
export function EditScreen({ api, briefingId, startKey, toolbar: withToolbar, onEdited, onSelect }: EditScreenProps) {
  const editor = useDeckEditor(api, briefingId, onEdited);
  const [selectedKey, setSelectedKey] = useState(startKey);
  const [findings, setFindings] = useState<readonly CheckFinding[] | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const lastIndex = useRef(0);

  const edited = editor.state.status === 'ready' ? editor.state.edited : null;
  const slides = edited?.deck.slides ?? [];
  const found = slides.findIndex((slide) => slide.key === selectedKey);
  // A selected slide that went (a text slide removed, an undone addition) leaves its place selected.
  const index = found >= 0 ? found : Math.min(lastIndex.current, slides.length - 1);
  lastIndex.current = Math.max(0, index);
  const selected = slides[index];

  useEffect(() => {
    if (selected?.key) onSelect(selected.key);
  }, [selected?.key, onSelect]);
  useEffect(() => {
    if (edited) document.title = `编辑 · ${edited.deck.title}`;
  }, [edited]);

  const select = useCallback((at: number) => setSelectedKey(slides[at]?.key ?? null), [slides]);
  const edit = useCallback(
    async (edits: readonly DeckEdit[]): Promise<boolean> => {
      const before = new Set(slides.map((slide) => slide.key));
      const next = await editor.apply(edits);
      // A slide just added is the one to work on next.
      const added = next?.deck.slides.find((slide) => !before.has(slide.key));
      if (added?.key) setSelectedKey(added.key);
      return next !== null;
    },
    [editor, slides],
  );
  const check = useCallback(async () => {
    const result = await editor.check();
    if (result) setFindings(result.findings);
  }, [editor]);
  useUndoKeys(editor);

  const toolbar = withToolbar(
    <EditActions
        canUndo={edited?.canUndo ?? false}
        canRedo={edited?.canRedo ?? false}
        onUndo={() => void editor.undo()}
        onRedo={() => void editor.redo()}
        onCheck={() => void check()}
      onResetAll={() => setConfirmReset(true)}
    />,
  );
  if (editor.state.status !== 'ready' || !selected) {
    return (
      <div className="app app-edit">
        {toolbar}
        {editor.state.status === 'error' ? (
          <p className="edit-message" role="alert">
            无法载入幻灯片：{editor.state.message}
          </p>
        ) : (
          <p className="edit-message">正在载入幻灯片…</p>
        )}
      </div>
    );
  }
  return (
    <div className="app app-edit">
      {toolbar}
      {editor.refusal !== null && (
        <div className="edit-refusal" role="alert">
          <span>未能修改：{editor.refusal}</span>
          <button type="button" className="edit-button" onClick={editor.dismissRefusal}>
            知道了
          </button>
        </div>
      )}
      <EditBody
        deck={editor.state.edited.deck}
        index={index}
        onSelect={select}
        onEdit={edit}
        findings={findings}
        onOpenFinding={(key) => setSelectedKey(key)}
        onCloseFindings={() => setFindings(null)}
      />
      {confirmReset && (
        <ConfirmResetAll
          onCancel={() => setConfirmReset(false)}
          onConfirm={() => {
            setConfirmReset(false);
            void edit([{ op: 'resetAll' }]);
          }}
        />
      )}
    </div>
  );
}
