import { useState, type FormEvent } from 'react';
import { annotationLimits as limits } from '../../../main/shared/annotations';
import type { Annotations } from './context';
import { useStore } from '../ui/use-store';

/**
 * 署名: the name new notes are signed with. Until one is set the account name is used, and the panel says
 * so once, with a box to set it; afterwards it is a quiet line with 修改.
 */
export function AuthorName({ annotations }: { readonly annotations: Annotations }) {
  const { store, feedback } = annotations;
  const author = useStore(store.state, (s) => s.author);
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  if (!author) return null;

  const open = (): void => {
    setName(author.authorNameIsDefault ? '' : author.authorName);
    setEditing(true);
  };
  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setSaving(true);
    try {
      const saved = await store.setAuthorName(name.trim());
      feedback.show(`今后的批注将署名为“${saved.authorName}”`);
      setEditing(false);
    } catch (error) {
      feedback.error(error, '署名未保存');
    } finally {
      setSaving(false);
    }
  };

  if (editing || author.authorNameIsDefault) {
    return (
      <form className={`note-author-form${author.authorNameIsDefault ? ' is-first' : ''}`} onSubmit={(event) => void save(event)}>
        <label htmlFor="note-author-name">
          {author.authorNameIsDefault ? `你的批注目前署名为“${author.authorName}”。请填写同事认得的名字：` : '署名'}
        </label>
        <div className="note-author-row">
          <input
            id="note-author-name"
            type="text"
            autoComplete="name"
            maxLength={limits.authorChars}
            placeholder="例如：办公室 王敏"
            value={name}
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && !author.authorNameIsDefault) {
                event.stopPropagation();
                setEditing(false);
              }
            }}
          />
          <button type="submit" className="note-button is-primary" disabled={saving || name.trim() === ''}>
            保存
          </button>
          {!author.authorNameIsDefault && (
            <button type="button" className="note-button" onClick={() => setEditing(false)}>
              取消
            </button>
          )}
        </div>
      </form>
    );
  }
  return (
    <p className="note-author-line">
      署名：<strong>{author.authorName}</strong>
      <button type="button" className="note-text-button" onClick={open}>
        修改
      </button>
    </p>
  );
}
