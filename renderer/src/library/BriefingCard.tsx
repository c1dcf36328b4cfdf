import { useRef, useState, type FormEvent } from 'react';
import { acceptedDocumentTypes } from '../../../main/shared/documents';
import { libraryLimits, type LibraryEntry } from '../../../main/shared/library';
import { formatLabel, formatTag, whenLabel } from './labels';

interface BriefingCardProps {
  readonly entry: LibraryEntry;
  /** The briefing the deck shows now. */
  readonly current: boolean;
  /** An import runs: no second one can start. */
  readonly importing: boolean;
  readonly onOpen: () => void;
  readonly onRename: (title: string) => Promise<boolean>;
  readonly onReimport: (file: File) => void;
  readonly onDelete: () => void;
}

/** One briefing of the library: a small cover, what it is and where it came from, and what can be done with it. */
export function BriefingCard({ entry, current, importing, onOpen, onRename, onReimport, onDelete }: BriefingCardProps) {
  const [editing, setEditing] = useState(false);
  const newVersion = useRef<HTMLInputElement>(null);
  const titleId = `briefing-${entry.id}-title`;

  return (
    <li className="library-card" aria-labelledby={titleId} data-briefing-id={entry.id} data-current={current}>
      {/* The cover opens the briefing with the mouse, as 打开 does for everyone. */}
      <div className="library-cover" onClick={onOpen} aria-hidden="true">
        <span className="library-cover-title">{entry.title}</span>
        <span className="library-cover-tag">{formatTag(entry)}</span>
      </div>
      <div className="library-card-body">
        {editing ? (
          <RenameForm
            title={entry.title}
            onDone={async (title) => {
              if (title === null || title === entry.title || (await onRename(title))) setEditing(false);
            }}
          />
        ) : (
          <div className="library-card-heading">
            <h2 className="library-card-title" id={titleId}>
              {entry.title}
            </h2>
            {current && <span className="library-current">正在放映</span>}
          </div>
        )}
        <p className="library-source">
          <span className="library-file-name" title={entry.sourceName}>
            {entry.sourceName}
          </span>
          <span className="library-format">{formatLabel(entry)}</span>
        </p>
        <dl className="library-facts">
          <div>
            <dt>数据</dt>
            <dd>{entry.figureCount} 项</dd>
          </div>
          <div>
            <dt>幻灯片</dt>
            <dd>{entry.slideCount} 张</dd>
          </div>
          <div>
            <dt>批注</dt>
            <dd>{entry.annotationCount} 条</dd>
          </div>
          <div>
            <dt>导入于</dt>
            <dd>{whenLabel(entry.importedAt)}</dd>
          </div>
          <div>
            <dt>上次打开</dt>
            <dd>{entry.openedAt ? whenLabel(entry.openedAt) : '未打开过'}</dd>
          </div>
        </dl>
      </div>
      <div className="library-actions">
        <button type="button" className="library-open" onClick={onOpen}>
          打开
        </button>
        <button type="button" onClick={() => setEditing(true)} disabled={editing}>
          重命名
        </button>
        <button type="button" className="library-reimport" onClick={() => newVersion.current?.click()} disabled={importing}>
          导入新版本
        </button>
        <input
          ref={newVersion}
          className="visually-hidden"
          type="file"
          accept={acceptedDocumentTypes}
          tabIndex={-1}
          aria-label={`《${entry.title}》的新版本文件`}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) onReimport(file);
          }}
        />
        <button type="button" className="library-delete" onClick={onDelete}>
          删除
        </button>
      </div>
    </li>
  );
}

/** The title as a field: Enter or 保存 keeps it, Esc or 取消 leaves it as it was (null). */
function RenameForm({ title, onDone }: { readonly title: string; readonly onDone: (title: string | null) => void }) {
  const [value, setValue] = useState(title);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const trimmed = value.trim();
    if (trimmed !== '') onDone(trimmed);
  };
  return (
    <form className="library-rename" onSubmit={submit}>
      <input
        // The field is what the user asked for by pressing 重命名: it takes the focus at once.
        autoFocus
        aria-label="新标题"
        value={value}
        maxLength={libraryLimits.titleChars}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => event.key === 'Escape' && onDone(null)}
      />
      <button type="submit" disabled={value.trim() === ''}>
        保存
      </button>
      <button type="button" onClick={() => onDone(null)}>
        取消
      </button>
    </form>
  );
}
