import './library.css';
import { useEffect } from 'react';
import { importStageLabels, importStages } from '../../../main/shared/library';
import { useStore } from '../ui/use-store';
import type { ImportController, ImportPhase } from './import-controller';
import { whenLabel } from './labels';
import { LibraryDialog } from './LibraryDialog';
import { ReimportReview } from './ReimportReview';

/** How long a notice stays: long enough to reach 撤销 after a delete (the library keeps it longer); errors longer. */
const infoMs = 8000;
const errorMs = 14000;

/**
 * What an import shows, over whichever view it was started from: its stages once it takes a while (with
 * 取消), a refusal in the file's own words, the offer to open the briefing that already has the report, what
 * a new version would change, and a line at the bottom about how the last action ended.
 */
export function ImportStatus({ imports, onOpen }: { readonly imports: ImportController; readonly onOpen: (briefingId: number) => void }) {
  const phase = useStore(imports.state, (s) => s.phase);
  return (
    <>
      {phase.status === 'running' && phase.visible && <ProgressDialog phase={phase} onCancel={() => void imports.cancel()} />}
      {phase.status === 'refused' && (
        <LibraryDialog role="alertdialog" heading="无法导入" onClose={() => imports.dismiss()}>
          <p className="import-refusal">{phase.message}</p>
          <p className="import-hint">简报库未作任何改动。</p>
          <div className="library-dialog-actions">
            <button type="button" className="is-primary" data-autofocus onClick={() => imports.dismiss()}>
              知道了
            </button>
          </div>
        </LibraryDialog>
      )}
      {phase.status === 'duplicate' && (
        <LibraryDialog role="dialog" heading="简报库中已有这份报告" onClose={() => imports.dismiss()}>
          <p>
            “{phase.fileName}”的内容与简报《{phase.title}》相同（{whenLabel(phase.importedAt)}导入），未重复导入。
          </p>
          <div className="library-dialog-actions">
            <button type="button" onClick={() => imports.dismiss()}>
              关闭
            </button>
            <button
              type="button"
              className="is-primary"
              data-autofocus
              onClick={() => {
                imports.dismiss();
                onOpen(phase.briefingId);
              }}
            >
              打开《{phase.title}》
            </button>
          </div>
        </LibraryDialog>
      )}
      {phase.status === 'review' && <ReimportReview phase={phase} onAccept={() => void imports.accept()} onCancel={() => imports.dismiss()} />}
      <NoticeLine imports={imports} />
    </>
  );
}

function ProgressDialog({ phase, onCancel }: { readonly phase: Extract<ImportPhase, { status: 'running' }>; readonly onCancel: () => void }) {
  const at = importStages.indexOf(phase.stage);
  const heading =
    phase.purpose.kind === 'import' ? '正在导入' : phase.previewing ? `正在比较《${phase.purpose.title}》的新版本` : `正在导入《${phase.purpose.title}》的新版本`;
  return (
    <LibraryDialog role="dialog" heading={heading} onClose={onCancel} busy>
      <p className="import-file">{phase.fileName}</p>
      <ol className="import-stages" aria-label="导入步骤">
        {importStages.map((stage, index) => (
          <li key={stage} data-state={index < at ? 'done' : index === at ? 'current' : 'waiting'} aria-current={index === at ? 'step' : undefined}>
            {importStageLabels[stage]}
          </li>
        ))}
      </ol>
      <div className="library-dialog-actions">
        <button type="button" data-autofocus onClick={onCancel} disabled={phase.cancelling}>
          {phase.cancelling ? '正在取消…' : '取消'}
        </button>
      </div>
    </LibraryDialog>
  );
}

function NoticeLine({ imports }: { readonly imports: ImportController }) {
  const notice = useStore(imports.state, (s) => s.notice);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => imports.dismissNotice(notice.id), notice.tone === 'error' ? errorMs : infoMs);
    return () => clearTimeout(timer);
  }, [notice, imports]);
  return (
    // Always in the page, so screen readers announce what is put into it.
    <div className="library-notice-region" aria-live="polite">
      {notice && (
        <p className={`library-notice${notice.tone === 'error' ? ' is-error' : ''}`} key={notice.id} role={notice.tone === 'error' ? 'alert' : 'status'}>
          <span>{notice.text}</span>
          {notice.action && (
            <button
              type="button"
              className="library-notice-action"
              onClick={() => {
                imports.dismissNotice(notice.id);
                notice.action?.run();
              }}
            >
              {notice.action.label}
            </button>
          )}
          <button type="button" className="library-notice-close" aria-label="关闭提示" onClick={() => imports.dismissNotice(notice.id)}>
            ×
          </button>
        </p>
      )}
    </div>
  );
}
