import './panel.css';
import { useMemo } from 'react';
import { AuthorName } from './AuthorName';
import type { Annotations } from './context';
import { ExchangeControls } from './ExchangeControls';
import { authorsOf, filterNotes, inkOnSlide, isInk, isNote, sortNotes, tagsOf } from './filters';
import { Icon } from '../ui/icons';
import { NoteCard } from './NoteCard';
import { NoteComposer } from './NoteComposer';
import { NoteFilters } from './NoteFilters';
import { startDraft } from './panel-state';
import { useStore } from '../ui/use-store';

interface AnnotationPanelProps {
  readonly annotations: Annotations;
  readonly view: 'deck' | 'source';
  /** The slide on screen (deck view); null in the source view, where only 全部 makes sense. */
  readonly currentSlideId: string | null;
}

/**
 * The side drawer (N): the notes of this slide or of all, filtered and sorted, with a new note, inline
 * editing, undo/redo, import/export and the author's name. It stays mounted while closed, so nothing typed
 * is lost by closing it.
 */
export function AnnotationPanel({ annotations, view, currentSlideId }: AnnotationPanelProps) {
  const { store, panel, history, actions, deck } = annotations;
  const open = useStore(panel, (s) => s.open);
  const scopeSetting = useStore(panel, (s) => s.scope);
  const author = useStore(panel, (s) => s.author);
  const tag = useStore(panel, (s) => s.tag);
  const order = useStore(panel, (s) => s.order);
  const status = useStore(store.state, (s) => s.status);
  const loadMessage = useStore(store.state, (s) => s.message);
  const all = useStore(store.state, (s) => s.annotations);
  const canUndo = useStore(history.state, (s) => s.undo.length > 0);
  const canRedo = useStore(history.state, (s) => s.redo.length > 0);
  const scope = currentSlideId === null ? 'all' : scopeSetting;

  const notes = useMemo(
    () => sortNotes(filterNotes(all, { scope, slideId: currentSlideId, author, tag }), order, deck.slideIndexById),
    [all, scope, currentSlideId, author, tag, order, deck],
  );
  const onSlide = useMemo(() => (currentSlideId === null ? 0 : filterNotes(all, { scope: 'slide', slideId: currentSlideId, author: null, tag: null }).length), [all, currentSlideId]);
  const total = useMemo(() => all.filter(isNote).length, [all]);
  const authors = useMemo(() => authorsOf(all), [all]);
  const tags = useMemo(() => tagsOf(all), [all]);
  const ink = useMemo(() => (scope === 'slide' && currentSlideId !== null ? inkOnSlide(all, currentSlideId).length : all.filter(isInk).length), [all, scope, currentSlideId]);
  const currentNumber = currentSlideId === null ? null : (deck.slideIndexById.get(currentSlideId) ?? -1) + 1;
  const filtered = author !== null || tag !== null;

  return (
    <aside className="note-panel" aria-label="批注" hidden={!open} data-view={view}>
      <header className="note-panel-head">
        <h2>
          批注 <span className="note-panel-total">{total}</span>
        </h2>
        <div className="note-panel-tools">
          <button type="button" className="note-icon-button" aria-label="撤销" title="撤销（Ctrl+Z）" disabled={!canUndo} onClick={() => void actions.undo()}>
            <Icon name="undo" />
          </button>
          <button type="button" className="note-icon-button" aria-label="重做" title="重做（Ctrl+Shift+Z）" disabled={!canRedo} onClick={() => void actions.redo()}>
            <Icon name="redo" />
          </button>
          <button type="button" className="note-icon-button" aria-label="搜索" title="搜索批注与原文（Ctrl+F）" onClick={() => panel.setState({ searchOpen: true })}>
            <Icon name="search" />
          </button>
          <button type="button" className="note-icon-button" aria-label="关闭批注面板" title="关闭（N）" onClick={() => panel.setState({ open: false })}>
            <Icon name="close" />
          </button>
        </div>
      </header>

      <div className="note-panel-bar">
        {currentSlideId !== null && (
          <div className="note-scope" role="radiogroup" aria-label="范围">
            <button type="button" role="radio" aria-checked={scope === 'slide'} onClick={() => panel.setState({ scope: 'slide' })}>
              本张 <span className="note-scope-count">{onSlide}</span>
            </button>
            <button type="button" role="radio" aria-checked={scope === 'all'} onClick={() => panel.setState({ scope: 'all' })}>
              全部 <span className="note-scope-count">{total}</span>
            </button>
          </div>
        )}
        {currentSlideId !== null && (
          <button type="button" className="note-button is-primary note-add" onClick={() => startDraft(panel, { kind: 'slide', slideId: currentSlideId })}>
            <Icon name="plus" />
            添加批注
          </button>
        )}
      </div>
      <NoteFilters annotations={annotations} authors={authors} tags={tags} />

      <div className="note-panel-body">
        <NoteComposer annotations={annotations} />
        {status === 'loading' && <p className="note-empty">正在载入批注…</p>}
        {status === 'error' && (
          <div className="note-empty is-error" role="alert">
            <p>无法载入批注：{loadMessage}</p>
            <button type="button" className="note-button" onClick={() => void store.load().catch(() => undefined)}>
              重试
            </button>
          </div>
        )}
        {status === 'ready' && notes.length === 0 && (
          <div className="note-empty">
            <p>{filtered ? '没有符合筛选条件的批注。' : scope === 'slide' ? '本张还没有批注。' : '这份简报还没有批注。'}</p>
            {filtered ? (
              <button type="button" className="note-text-button" onClick={() => panel.setState({ author: null, tag: null })}>
                清除筛选
              </button>
            ) : (
              <p className="note-empty-hint">
                {view === 'deck' ? '点“添加批注”写给本张，或在数据卡片“出处”旁点“批注”。' : '在原文中选中一段文字，即可为它添加批注。'}
              </p>
            )}
          </div>
        )}
        {notes.length > 0 && (
          <ol className="note-list" aria-label="批注列表">
            {notes.map((annotation) => (
              <NoteCard key={annotation.id} annotation={annotation} annotations={annotations} currentSlideNumber={currentNumber} showHere={scope === 'all'} />
            ))}
          </ol>
        )}
        {ink > 0 && (
          <p className="note-ink-summary">
            <Icon name="pen" />
            {scope === 'slide' ? `本张有 ${ink} 笔墨迹` : `共 ${ink} 笔墨迹`}
            {scope === 'slide' && currentSlideId !== null && view === 'deck' && (
              <button type="button" className="note-text-button is-danger" onClick={() => void actions.clearInk(currentSlideId)}>
                清除
              </button>
            )}
          </p>
        )}
      </div>

      <footer className="note-panel-foot">
        <AuthorName annotations={annotations} />
        <ExchangeControls annotations={annotations} />
      </footer>
    </aside>
  );
}
