import { useId, useState, type FormEvent } from 'react';
import type { Qualifier } from '../../../main/shared/figure';
import { describeCorrection, qualifiers, type ReviewedFigure } from '../../../main/shared/figure-corrections';

/** What the form sends: the correction as it should stand (a field equal to the report's is not stored). */
export interface CorrectionDraft {
  readonly label: string;
  readonly period: string;
  readonly unit: string;
  readonly qualifier: Qualifier | null;
  readonly excluded: boolean;
}

interface CorrectionPanelProps {
  readonly figure: ReviewedFigure;
  /** Resolves when saved; rejects with the refusal's message. */
  readonly onSave: (draft: CorrectionDraft) => Promise<void>;
  readonly onUndo: () => Promise<void>;
}

/** When a correction was saved, as the reader's clock reads it: 2026-12-03 09:05. */
export function savedAt(iso: string): string {
  const at = new Date(iso);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}`;
}

/**
 * 更正 in the figure details: what was corrected, by whom and when, with 修改 and 撤销更正; or the form that
 * corrects the label, period, unit and qualifier, or leaves the figure off the deck. The value is not in
 * the form: it is what the report prints.
 */
export function CorrectionPanel({ figure, onSave, onUndo }: CorrectionPanelProps) {
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const correction = figure.correction;
  const run = async (action: () => Promise<void>, after?: () => void): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await action();
      after?.();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  if (editing) {
    return (
      <CorrectionForm
        figure={figure}
        busy={busy}
        error={error}
        onCancel={() => {
          setEditing(false);
          setError(null);
        }}
        onSubmit={(draft) => void run(() => onSave(draft), () => setEditing(false))}
      />
    );
  }
  return (
    <section className="correction" aria-label="更正">
      {correction ? (
        <>
          <p className="correction-summary">
            <span className="corrected-mark">已更正</span>
            {describeCorrection(correction, correction.original)}
          </p>
          <p className="correction-signed">
            {correction.author} · {savedAt(correction.updatedAt)}
            {correction.version > 1 && `（第 ${correction.version} 次更正，撤销后恢复上一次）`}
          </p>
        </>
      ) : (
        <p className="source-hint correction-hint">指标、时期、单位或限定词有误时可以更正；数值以报告原文为准。</p>
      )}
      <div className="correction-actions">
        <button type="button" className="correction-button" disabled={busy} onClick={() => setEditing(true)}>
          {correction ? '修改更正' : '更正'}
        </button>
        {correction && (
          <button type="button" className="correction-button is-quiet" disabled={busy} onClick={() => void run(onUndo)}>
            撤销更正
          </button>
        )}
      </div>
      {error && (
        <p className="correction-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

interface FormProps {
  readonly figure: ReviewedFigure;
  readonly busy: boolean;
  readonly error: string | null;
  readonly onSubmit: (draft: CorrectionDraft) => void;
  readonly onCancel: () => void;
}

function CorrectionForm({ figure, busy, error, onSubmit, onCancel }: FormProps) {
  const id = useId();
  const original = figure.correction?.original ?? figure;
  const [label, setLabel] = useState(figure.label);
  const [period, setPeriod] = useState(figure.period ?? '');
  const [unit, setUnit] = useState(figure.unit);
  const [qualifier, setQualifier] = useState<Qualifier | null>(figure.qualifier);
  const [excluded, setExcluded] = useState(figure.correction?.excluded ?? false);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    onSubmit({ label, period, unit, qualifier, excluded });
  };
  const was = (text: string | null): string => `报告原文：${text === null || text === '' ? '（无）' : text}`;
  return (
    <form className="correction correction-form" aria-label="更正数据" onSubmit={submit}>
      <h3 className="correction-title">更正数据</h3>
      <label htmlFor={`${id}-label`}>指标</label>
      <input id={`${id}-label`} value={label} onChange={(e) => setLabel(e.target.value)} title={was(original.label)} />
      <label htmlFor={`${id}-period`}>时期</label>
      <input id={`${id}-period`} value={period} placeholder="未注明" onChange={(e) => setPeriod(e.target.value)} title={was(original.period)} />
      <label htmlFor={`${id}-unit`}>单位</label>
      <input id={`${id}-unit`} value={unit} placeholder="无" onChange={(e) => setUnit(e.target.value)} title={was(original.unit)} />
      <label htmlFor={`${id}-qualifier`}>限定词</label>
      <select id={`${id}-qualifier`} value={qualifier ?? ''} onChange={(e) => setQualifier(e.target.value === '' ? null : (e.target.value as Qualifier))}>
        <option value="">无</option>
        {qualifiers.map((q) => (
          <option key={q} value={q}>
            {q}
          </option>
        ))}
      </select>
      <label className="correction-exclude">
        <input type="checkbox" checked={excluded} onChange={(e) => setExcluded(e.target.checked)} />
        不在幻灯片中显示
      </label>
      <p className="source-hint correction-note">数值 {figure.valueText} 以报告原文为准，不能更正。保存后署名为当前作者。</p>
      {error && (
        <p className="correction-error" role="alert">
          {error}
        </p>
      )}
      <div className="correction-actions">
        <button type="submit" className="correction-button" disabled={busy}>
          保存更正
        </button>
        <button type="button" className="correction-button is-quiet" disabled={busy} onClick={onCancel}>
          取消
        </button>
      </div>
    </form>
  );
}
