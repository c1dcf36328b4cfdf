import type { ReactNode } from 'react';
import type { FigureValue, ReimportPreview, Touched } from '../../../main/shared/reimport-preview';
import type { ImportPhase } from './import-controller';
import { LibraryDialog } from './LibraryDialog';
import { annotationLabel, editLabel, slideName, splitQuote, valueLabel } from './reimport-labels';

type ReviewPhase = Extract<ImportPhase, { status: 'review' }>;

/** The card's 导入新版本 button, where the focus goes back to when the review closes. */
const reimportButtonOf = (briefingId: number): HTMLElement | null =>
  document.querySelector<HTMLElement>(`[data-briefing-id="${briefingId}"] .library-reimport`);

/**
 * 导入新版本, before anything is stored: what the new version would change — the figures changed (old → new,
 * with both quotes), added and removed, and for each the slides, deck edits and annotations it touches; the
 * edits that would no longer apply and the annotations that would lose their place. 导入新版本 stores it,
 * 取消 (or Esc) leaves the briefing as it was. A file holding the same report is said so, with nothing to accept.
 */
export function ReimportReview({ phase, onAccept, onCancel }: { readonly phase: ReviewPhase; readonly onAccept: () => void; readonly onCancel: () => void }) {
  const returnFocus = () => reimportButtonOf(phase.purpose.briefingId);
  const { outcome } = phase;
  if (outcome.kind === 'unchanged') {
    return (
      <LibraryDialog role="dialog" heading="新版本与当前版本相同" onClose={onCancel} returnFocus={returnFocus}>
        <p>
          “{phase.fileName}”中的报告与《{phase.purpose.title}》现在的报告完全相同，没有需要导入的内容。
        </p>
        <div className="library-dialog-actions">
          <button type="button" className="is-primary" data-autofocus onClick={onCancel}>
            关闭
          </button>
        </div>
      </LibraryDialog>
    );
  }
  const { preview } = outcome;
  const { added, changed, removed } = preview.figures;
  const figuresSame = added.length + changed.length + removed.length === 0;
  return (
    <LibraryDialog role="dialog" heading={`导入《${phase.purpose.title}》的新版本？`} onClose={onCancel} returnFocus={returnFocus} wide>
      <p className="import-file">{phase.fileName}</p>
      <dl className="reimport-counts" aria-label="数据变化">
        <Count label="数据 新增" count={added.length} tone="added" />
        <Count label="数据 改变" count={changed.length} tone="changed" />
        <Count label="数据 删除" count={removed.length} tone="removed" />
      </dl>
      <p className="reimport-summary">{summaryLine(preview)}</p>
      <div className="reimport-list" tabIndex={0} role="region" aria-label="变化明细">
        {figuresSame && <p className="reimport-none">数据没有变化，只有报告文字有改动。</p>}
        {changed.length > 0 && (
          <Group heading="改变的数据">
            {changed.map((figure) => (
              <li key={figure.key} className="reimport-figure" data-tone="changed">
                <FigureHead label={figure.label}>
                  <del>{valueLabel(figure.old)}</del>
                  <span aria-label="改为" className="reimport-arrow">
                    →
                  </span>
                  <ins>{valueLabel(figure.new)}</ins>
                </FigureHead>
                <dl className="reimport-quotes">
                  <dt>原文</dt>
                  <dd>
                    <Quote value={figure.old} />
                  </dd>
                  <dt>新版</dt>
                  <dd>
                    <Quote value={figure.new} />
                  </dd>
                </dl>
                <Touches names={preview.names} touched={figure} />
              </li>
            ))}
          </Group>
        )}
        {added.length > 0 && (
          <Group heading="新增的数据">
            {added.map((figure) => (
              <OneSidedFigure key={figure.key} figure={figure} tone="added" names={preview.names} />
            ))}
          </Group>
        )}
        {removed.length > 0 && (
          <Group heading="删除的数据">
            {removed.map((figure) => (
              <OneSidedFigure key={figure.key} figure={figure} tone="removed" names={preview.names} />
            ))}
          </Group>
        )}
        {preview.edits.orphaned.length > 0 && (
          <Group heading="不再适用的幻灯片修改">
            {preview.edits.orphaned.map(({ edit, reason }, index) => (
              <li key={index} className="reimport-orphan" title={reason}>
                <span>{editLabel(preview.names, edit)}</span>
                <span className="reimport-reason">新版本中找不到它所改的幻灯片或数据：这项修改会保留，但不再生效</span>
              </li>
            ))}
          </Group>
        )}
        {preview.annotations.orphaned.length > 0 && (
          <Group heading="将成为孤立批注">
            {preview.annotations.orphaned.map((id) => (
              <li key={id} className="reimport-orphan">
                <span>{annotationLabel(preview.names, id)}</span>
                <span className="reimport-reason">原来的位置在新版本中找不到，批注会保留在“孤立批注”中</span>
              </li>
            ))}
          </Group>
        )}
      </div>
      <div className="library-dialog-actions">
        <button type="button" data-autofocus onClick={onCancel}>
          取消
        </button>
        <button type="button" className="is-primary" onClick={onAccept}>
          导入新版本
        </button>
      </div>
    </LibraryDialog>
  );
}

function summaryLine(preview: ReimportPreview): string {
  const { edits, annotations } = preview;
  const orphanedNotes = annotations.orphaned.length;
  const orphanedEdits = edits.orphaned.length;
  const parts = [
    annotations.attached + orphanedNotes > 0 ? `批注 ${annotations.attached} 条保留原位${orphanedNotes > 0 ? `，${orphanedNotes} 条将成为孤立批注` : ''}` : null,
    edits.kept + orphanedEdits > 0 ? `幻灯片修改 ${edits.kept} 项保留${orphanedEdits > 0 ? `，${orphanedEdits} 项不再适用` : ''}` : null,
  ].filter((part) => part !== null);
  return `${parts.map((part) => `${part}；`).join('')}点击“导入新版本”之前不会保存任何改动。`;
}

function Count({ label, count, tone }: { readonly label: string; readonly count: number; readonly tone: 'added' | 'changed' | 'removed' }) {
  return (
    <div data-tone={tone} data-zero={count === 0}>
      <dt>{label}</dt>
      <dd>{count}</dd>
    </div>
  );
}

function Group({ heading, children }: { readonly heading: string; readonly children: ReactNode }) {
  return (
    <section className="reimport-group" aria-label={heading}>
      <h3>{heading}</h3>
      <ul>{children}</ul>
    </section>
  );
}

function FigureHead({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <div className="reimport-figure-head">
      <span className="reimport-label">{label}</span>
      <span className="reimport-values">{children}</span>
    </div>
  );
}

/** A figure only one version has: added (its value underlined) or removed (struck through), its quote, what it touches. */
function OneSidedFigure({ figure, tone, names }: { readonly figure: ReimportPreview['figures']['added'][number]; readonly tone: 'added' | 'removed'; readonly names: ReimportPreview['names'] }) {
  const value = valueLabel(figure);
  return (
    <li className="reimport-figure" data-tone={tone}>
      <FigureHead label={figure.label}>{tone === 'added' ? <ins>{value}</ins> : <del>{value}</del>}</FigureHead>
      <p className="reimport-quote">
        <Quote value={figure} />
      </p>
      <Touches names={names} touched={figure} />
    </li>
  );
}

/** The sentence the value comes from, the value marked in it. */
function Quote({ value }: { readonly value: FigureValue }) {
  const parts = splitQuote(value);
  if (!parts) return <q>{value.quote}</q>;
  return (
    <q>
      {parts.before}
      <mark>{parts.value}</mark>
      {parts.after}
    </q>
  );
}

/** The slides, deck edits and annotations one figure change touches. */
function Touches({ names, touched }: { readonly names: ReimportPreview['names']; readonly touched: Touched }) {
  const rows: [string, string[]][] = [
    ['幻灯片', touched.slides.map((key) => slideName(names, key))],
    ['修改', touched.edits.map(({ edit }) => editLabel(names, edit))],
    ['批注', touched.annotations.map((id) => annotationLabel(names, id))],
  ];
  const shown = rows.filter(([, items]) => items.length > 0);
  if (shown.length === 0) return null;
  return (
    <dl className="reimport-touches">
      {shown.map(([what, items]) => (
        <div key={what}>
          <dt>{what}</dt>
          <dd>{items.join('；')}</dd>
        </div>
      ))}
    </dl>
  );
}
