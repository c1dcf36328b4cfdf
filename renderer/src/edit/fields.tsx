import { useState, type KeyboardEvent } from 'react';

interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  /** Saves the text (Enter or leaving the field); Esc puts the stored text back. */
  readonly onSave: (text: string) => void;
  readonly maxLength?: number;
}

/** A one-line field saved by Enter or on leaving it when changed; Esc cancels. */
export function InlineTextField({ label, value, onSave, maxLength }: TextFieldProps) {
  const [draft, setDraft] = useState(value);
  const save = (): void => {
    if (draft !== value) onSave(draft);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setDraft(value);
    }
  };
  return (
    <label className="edit-field">
      <span className="edit-label">{label}</span>
      <input type="text" value={draft} maxLength={maxLength} onChange={(event) => setDraft(event.target.value)} onKeyDown={onKeyDown} onBlur={save} />
    </label>
  );
}

interface AreaFieldProps extends TextFieldProps {
  readonly hint: string;
  readonly rows: number;
}

/** A text area saved on leaving it or by 保存 (Ctrl+Enter too); Esc puts the stored text back. */
export function AreaField({ label, value, onSave, hint, rows, maxLength }: AreaFieldProps) {
  const [draft, setDraft] = useState(value);
  const dirty = draft !== value;
  const save = (): void => {
    if (dirty) onSave(draft);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape' && dirty) {
      event.preventDefault();
      event.stopPropagation();
      setDraft(value);
    }
  };
  return (
    <div className="edit-field">
      <label className="edit-label" htmlFor={`area-${label}`}>
        {label}
      </label>
      <textarea
        id={`area-${label}`}
        value={draft}
        rows={rows}
        maxLength={maxLength}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={save}
      />
      <div className="edit-field-foot">
        <span className="edit-hint">{hint}</span>
        <button type="button" className="edit-button" disabled={!dirty} onMouseDown={(event) => event.preventDefault()} onClick={save}>
          保存
        </button>
      </div>
    </div>
  );
}

interface MinutesFieldProps {
  readonly label: string;
  readonly value: number | null;
  readonly onSave: (minutes: number) => void;
}

/** Minutes in half-minute steps, saved by Enter or on leaving the field; emptied, the time is taken away (0). */
export function MinutesField({ label, value, onSave }: MinutesFieldProps) {
  const stored = value === null ? '' : String(value);
  const [draft, setDraft] = useState(stored);
  const save = (): void => {
    if (draft.trim() === stored) return setDraft(stored);
    onSave(draft.trim() === '' ? 0 : Number(draft));
  };
  return (
    <label className="edit-field is-minutes">
      <span className="edit-label">{label}</span>
      <span className="edit-minutes">
        <input
          type="number"
          inputMode="decimal"
          min={0.5}
          step={0.5}
          value={draft}
          placeholder="未设"
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') save();
            if (event.key === 'Escape') setDraft(stored);
          }}
          onBlur={save}
        />
        <span aria-hidden="true">分钟</span>
      </span>
    </label>
  );
}
