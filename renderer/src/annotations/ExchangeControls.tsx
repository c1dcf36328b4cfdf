import { useRef, useState, type ChangeEvent } from 'react';
import type { ExportFormat } from '../../../main/shared/annotations';
import type { Annotations } from './context';
import { downloadText } from './download';
import { messageOf } from './feedback';
import { importTooLarge } from '../../../main/shared/import-size';
import { importSummary } from '../../../main/shared/import-report';
import { ImportResult, type ImportOutcome } from './ImportResult';
import { annotationLimits as limits } from '../../../main/shared/annotations';

/**
 * 导出批注 (JSON-LD for a colleague to import, Markdown to read) and 导入批注 (a colleague's JSON-LD file).
 * A file the core refuses changes nothing; its Chinese reason is shown where the import was asked for.
 */
export function ExchangeControls({ annotations }: { readonly annotations: Annotations }) {
  const { store, feedback, actions } = annotations;
  const fileInput = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  const exportAs = async (format: ExportFormat): Promise<void> => {
    setBusy(true);
    try {
      const file = await store.exportFile(format);
      downloadText(file.fileName, file.mimeType, file.text);
      feedback.show(`已导出 ${file.notes} 条批注${file.ink > 0 ? `和 ${file.ink} 笔墨迹` : ''}：${file.fileName}`);
    } catch (error) {
      feedback.error(error, '导出失败');
    } finally {
      setBusy(false);
    }
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = ''; // the same file can be chosen again
    if (!file) return;
    setOutcome(null);
    feedback.dismiss(); // a notice about an earlier import must not sit beside this one's outcome
    if (file.size > limits.importBytes) {
      setOutcome({ kind: 'refused', message: importTooLarge(file.size) });
      return;
    }
    setBusy(true);
    try {
      const counts = await store.importText(await file.text());
      setOutcome({ kind: 'done', counts, restored: false });
      feedback.show(`已导入：${importSummary(counts)}`);
    } catch (error) {
      setOutcome({ kind: 'refused', message: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="note-exchange" aria-label="导入与导出">
      <div className="note-exchange-buttons">
        <button type="button" className="note-button" disabled={busy} onClick={() => void exportAs('jsonld')} title="JSON-LD 文件，同事可导入">
          导出批注
        </button>
        <button type="button" className="note-button" disabled={busy} onClick={() => void exportAs('markdown')} title="Markdown 文件，便于阅读和打印">
          导出为 Markdown
        </button>
        <button type="button" className="note-button" disabled={busy} onClick={() => fileInput.current?.click()} title="Briefing 导出的 .jsonld 文件">
          导入批注
        </button>
        <input
          ref={fileInput}
          className="note-sr-only"
          type="file"
          accept=".jsonld,.json,application/ld+json,application/json"
          aria-label="选择批注文件"
          tabIndex={-1}
          onChange={(event) => void importFile(event)}
        />
      </div>
      {outcome && (
        <ImportResult
          outcome={outcome}
          actions={actions}
          onRestored={() => setOutcome((now) => (now?.kind === 'done' ? { ...now, restored: true } : now))}
          onClose={() => setOutcome(null)}
        />
      )}
    </section>
  );
}
