import './library.css';
import { useEffect, useState } from 'react';
import type { LibraryEntry } from '../../../main/shared/library';
import { request, type BriefingApi } from '../api/client';
import { useStore } from '../ui/use-store';
import { BriefingCard } from './BriefingCard';
import { ConfirmDelete } from './ConfirmDelete';
import { ImportButton } from './ImportButton';
import { fromDomFile, type ImportController } from './import-controller';
import { useLibrary } from './use-library';

interface LibraryScreenProps {
  readonly api: BriefingApi;
  readonly imports: ImportController;
  /** The briefing the deck shows now, if any. */
  readonly currentId: number | null;
  readonly onOpen: (briefingId: number) => void;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * `#/library`: every briefing of the store, newest first, with what it is, where it came from and how much is
 * in it; open, rename, delete (with a confirmation, and 撤销 while the app runs), 导入新版本; import from the
 * button here or by dropping a file anywhere on the window.
 */
export function LibraryScreen({ api, imports, currentId, onOpen }: LibraryScreenProps) {
  const changes = useStore(imports.state, (s) => s.changes);
  const importing = useStore(imports.state, (s) => s.phase.status === 'running');
  const load = useLibrary(api, changes);
  const [deleting, setDeleting] = useState<LibraryEntry | null>(null);

  useEffect(() => {
    document.title = '简报库 · Briefing';
  }, []);

  const importFile = (file: File): void => void imports.importFile(fromDomFile(file));

  async function rename(entry: LibraryEntry, title: string): Promise<boolean> {
    try {
      await request(api, 'briefings:rename', { id: entry.id, title });
      imports.noteChange();
      return true;
    } catch (error) {
      imports.notify(`无法重命名：${messageOf(error)}`, { tone: 'error' });
      return false;
    }
  }

  async function restore(entry: LibraryEntry): Promise<void> {
    try {
      await request(api, 'briefings:restore', { id: entry.id });
      imports.noteChange();
      imports.notify(`已恢复《${entry.title}》`);
    } catch (error) {
      imports.notify(`无法撤销删除：${messageOf(error)}`, { tone: 'error' });
    }
  }

  async function remove(entry: LibraryEntry): Promise<void> {
    setDeleting(null);
    try {
      await request(api, 'briefings:delete', { id: entry.id });
      imports.noteChange();
      imports.notify(`已删除《${entry.title}》`, { action: { label: '撤销', run: () => void restore(entry) } });
    } catch (error) {
      imports.notify(`无法删除：${messageOf(error)}`, { tone: 'error' });
    }
  }

  const entries = load.status === 'ready' ? load.entries : [];
  const deleted = load.status === 'ready' ? load.deleted : [];
  return (
    <main className="library" aria-labelledby="library-heading">
      <header className="library-header">
        <div>
          <h1 id="library-heading">简报库</h1>
          <p className="library-summary">
            {load.status === 'ready' ? `共 ${entries.length} 份简报` : ' '}
            <span>可导入 Word、PDF、网页、纯文本与 Markdown 文件，以及同事转交的简报文件（.briefing），也可把文件直接拖进窗口</span>
          </p>
        </div>
        <ImportButton disabled={importing} onFile={importFile}>
          导入报告…
        </ImportButton>
      </header>

      {load.status === 'loading' && (
        <p className="library-message" role="status">
          正在读取简报库…
        </p>
      )}
      {load.status === 'error' && (
        <p className="library-message is-error" role="alert">
          无法读取简报库：{load.message}
        </p>
      )}
      {load.status === 'ready' && entries.length === 0 && (
        <div className="library-empty">
          <p className="library-empty-title">简报库是空的</p>
          <p>把报告文件拖到这里，或点击“导入报告…”选择文件。</p>
        </div>
      )}
      {entries.length > 0 && (
        <ul className="library-list" aria-label="简报列表">
          {entries.map((entry) => (
            <BriefingCard
              key={entry.id}
              entry={entry}
              current={entry.id === currentId}
              importing={importing}
              onOpen={() => onOpen(entry.id)}
              onRename={(title) => rename(entry, title)}
              onReimport={(file) => void imports.importFile(fromDomFile(file), { kind: 'reimport', briefingId: entry.id, title: entry.title })}
              onDelete={() => setDeleting(entry)}
            />
          ))}
        </ul>
      )}

      {deleted.length > 0 && (
        <section className="library-deleted" aria-labelledby="library-deleted-heading">
          <h2 id="library-deleted-heading">本次删除</h2>
          <p className="library-deleted-hint">关闭应用前可以撤销；下次启动时彻底删除。</p>
          <ul aria-label="已删除的简报">
            {deleted.map((entry) => (
              <li key={entry.id}>
                <span className="library-deleted-title">{entry.title}</span>
                <span className="library-deleted-file">{entry.sourceName}</span>
                <button type="button" onClick={() => void restore(entry)}>
                  撤销删除
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {deleting && <ConfirmDelete entry={deleting} onConfirm={() => void remove(deleting)} onCancel={() => setDeleting(null)} />}
    </main>
  );
}
