import type { ContentSlide, Deck } from '../../../main/shared/deck';
import { deckEditLimits, type ChartChoice, type DeckEdit } from '../../../main/shared/deck-edits';
import { kindLabel } from '../deck/kind-labels';
import { AddTextSlide } from './AddTextSlide';
import { chartLabel } from './chart-labels';
import { AreaField, InlineTextField, MinutesField } from './fields';
import { FigureMoves } from './FigureMoves';

interface SlidePanelProps {
  readonly deck: Deck;
  readonly index: number;
  /** One user action: one deck:applyEdits call. */
  readonly onEdit: (edits: readonly DeckEdit[]) => Promise<boolean>;
}

const linesOf = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** What can be changed on the selected slide, each field saved as its own edit. */
export function SlidePanel({ deck, index, onEdit }: SlidePanelProps) {
  const slide = deck.slides[index];
  if (!slide?.key) return null;
  const key = slide.key;
  const content = slide.kind === 'content' ? slide : null;
  const budgetKey = slide.kind === 'divider' ? key : (content?.sectionKey ?? null);
  const budget = deck.budgets?.find((b) => b.key === budgetKey)?.minutes ?? null;
  const notes = slide.notes.join('\n');

  return (
    <aside className="edit-panel" aria-label="编辑所选幻灯片">
      <header className="edit-panel-header">
        <span className="edit-panel-kind">
          第 {index + 1} 张 · {kindLabel[slide.kind]}
          {content?.free === true && ' · 自己添加的文字页'}
        </span>
        <button
          type="button"
          role="switch"
          className="edit-switch"
          aria-checked={slide.hidden === true}
          onClick={() => void onEdit([{ op: slide.hidden === true ? 'show' : 'hide', key }])}
        >
          <span className="edit-switch-track" aria-hidden="true" />
          放映时隐藏
        </button>
      </header>

      <InlineTextField key={`title:${key}:${slide.title}`} label="标题（Enter 保存，Esc 取消）" value={slide.title} maxLength={deckEditLimits.titleChars} onSave={(title) => void onEdit([{ op: 'retitle', key, title }])} />

      {content?.free === true && (
        <AreaField
          key={`lines:${key}:${content.points.join('\n')}`}
          label="要点"
          hint="每行一条要点"
          rows={5}
          value={content.points.join('\n')}
          onSave={(text) => void onEdit([{ op: 'text', key, lines: linesOf(text) }])}
        />
      )}

      {content && content.free !== true && <ChartField slide={content} onEdit={onEdit} />}
      {content && content.free !== true && <FigureMoves deck={deck} slide={content} onEdit={onEdit} />}

      <AreaField
        key={`notes:${key}:${notes}`}
        label="演讲备注"
        hint="离开输入框或 Ctrl+Enter 保存"
        rows={6}
        value={notes}
        maxLength={deckEditLimits.notesChars}
        onSave={(text) => void onEdit([{ op: 'notes', key, text }])}
      />

      <div className="edit-time" role="group" aria-label="时间安排">
        <MinutesField key={`minutes:${key}:${slide.minutes ?? ''}`} label="本页时长" value={slide.minutes ?? null} onSave={(minutes) => void onEdit([{ op: 'minutes', key, minutes }])} />
        {budgetKey !== null && (
          <MinutesField
            key={`budget:${budgetKey}:${budget ?? ''}`}
            label={slide.kind === 'divider' ? '本篇预算' : '本节预算'}
            value={budget}
            onSave={(minutes) => void onEdit([{ op: 'budget', key: budgetKey, minutes }])}
          />
        )}
      </div>

      <div className="edit-panel-actions">
        <AddTextSlide key={key} after={key} onAdd={(edit) => onEdit([edit])} />
        <button type="button" className="edit-button" onClick={() => void onEdit([{ op: 'reset', key }])}>
          {content?.free === true ? '删除此文字页' : '恢复本页'}
        </button>
      </div>
    </aside>
  );
}

function ChartField({ slide, onEdit }: { readonly slide: ContentSlide; readonly onEdit: (edits: readonly DeckEdit[]) => Promise<boolean> }) {
  const kinds = slide.chartKinds ?? [];
  if (kinds.length === 0 && slide.chart === null) return null;
  return (
    <label className="edit-field">
      <span className="edit-label">图表</span>
      <select value={slide.chart?.kind ?? 'none'} onChange={(event) => void onEdit([{ op: 'chart', key: slide.key ?? '', type: event.target.value as ChartChoice }])}>
        {kinds.map((kind) => (
          <option key={kind} value={kind}>
            {chartLabel[kind]}
          </option>
        ))}
        <option value="none">{chartLabel.none}</option>
      </select>
    </label>
  );
}
