import { useId, type KeyboardEvent } from 'react';
import { annotationLimits as limits } from '../../../main/shared/annotations';
import type { DraftText } from './panel-state';

interface NoteEditorProps {
  readonly text: DraftText;
  readonly onChange: (text: DraftText) => void;
  readonly onSave: () => void;
  readonly onCancel: () => void;
  readonly saveLabel: string;
  /** While saving: the buttons wait, the text stays editable. */
  readonly saving: boolean;
  readonly autoFocus?: boolean;
}

/** The text box and tag box of a note, for a new note and for editing one. Ctrl+Enter saves, Esc cancels. */
export function NoteEditor({ text, onChange, onSave, onCancel, saveLabel, saving, autoFocus = false }: NoteEditorProps) {
  const id = useId();
  const empty = text.body.trim() === '';
  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    if (event.nativeEvent.isComposing) return; // Enter and Esc belong to the input method while it composes
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (!empty && !saving) onSave();
    } else if (event.key === 'Escape') {
      // Esc leaves the editor only: the deck must not also open its overview.
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  };
  return (
    <div className="note-editor" onKeyDown={onKeyDown}>
      <label className="note-sr-only" htmlFor={`${id}-body`}>
        批注内容
      </label>
      <textarea
        id={`${id}-body`}
        className="note-editor-body"
        rows={4}
        maxLength={limits.bodyChars}
        placeholder="写下你的批注…"
        autoFocus={autoFocus}
        value={text.body}
        onChange={(event) => onChange({ ...text, body: event.target.value })}
      />
      <label className="note-sr-only" htmlFor={`${id}-tags`}>
        标签
      </label>
      <input
        id={`${id}-tags`}
        className="note-editor-tags"
        type="text"
        autoComplete="off"
        placeholder="标签（用逗号或空格分隔，可不填）"
        value={text.tags}
        onChange={(event) => onChange({ ...text, tags: event.target.value })}
      />
      <div className="note-editor-actions">
        <span className="note-editor-hint">Ctrl+Enter 保存</span>
        <button type="button" className="note-button" onClick={onCancel}>
          取消
        </button>
        <button type="button" className="note-button is-primary" disabled={empty || saving} onClick={onSave}>
          {saving ? '正在保存…' : saveLabel}
        </button>
      </div>
    </div>
  );
}
