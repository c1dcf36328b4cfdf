import { useEffect, useRef, useState } from 'react';
import { deckEditLimits, type DeckEdit } from '../../../main/shared/deck-edits';

interface AddTextSlideProps {
  /** The slide the new one follows. */
  readonly after: string;
  /** True when the slide was added (a refusal keeps the form and what was typed). */
  readonly onAdd: (edit: DeckEdit) => Promise<boolean>;
}

/** 添加文字页: a title and bullet lines (one a line), added after the selected slide. */
export function AddTextSlide({ after, onAdd }: AddTextSlideProps) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [lines, setLines] = useState('');
  const titleField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (open) titleField.current?.focus();
  }, [open]);

  if (!open) {
    return (
      <button type="button" className="edit-button" onClick={() => setOpen(true)}>
        在后面添加文字页
      </button>
    );
  }
  const close = (): void => {
    setOpen(false);
    setTitle('');
    setLines('');
  };
  const add = (): void => {
    const bullets = lines
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
    void onAdd({ op: 'addText', after, title, lines: bullets }).then((added) => added && close());
  };
  return (
    <form
      className="edit-add-text"
      aria-label="添加文字页"
      onSubmit={(event) => {
        event.preventDefault();
        add();
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        close();
      }}
    >
      <label className="edit-field">
        <span className="edit-label">新文字页标题</span>
        <input ref={titleField} type="text" value={title} maxLength={deckEditLimits.titleChars} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <label className="edit-field">
        <span className="edit-label">要点（每行一条）</span>
        <textarea rows={4} value={lines} onChange={(event) => setLines(event.target.value)} />
      </label>
      <div className="edit-field-foot">
        <button type="button" className="edit-button" onClick={close}>
          取消
        </button>
        <button type="submit" className="edit-button is-primary">
          添加
        </button>
      </div>
    </form>
  );
}
