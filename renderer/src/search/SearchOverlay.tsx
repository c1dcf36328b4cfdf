import './search.css';
import { useMemo } from 'react';
import type { SearchResult } from '../../../main/shared/annotations';
import type { Annotations } from '../annotations/context';
import { ComboboxInput, pickFrom, useCombobox } from '../ui/combobox';
import { goToPassage, goToSlide } from '../annotations/navigation';
import { Snippet } from './Snippet';
import { primaryTarget, targetsOf, type ResultTargets } from './targets';
import { useSearch } from './useSearch';

interface Row {
  readonly key: string;
  readonly result: SearchResult;
  readonly targets: ResultTargets;
  readonly primary: 'slide' | 'passage' | null;
}

/**
 * Ctrl+F or /: search the report text and the notes at once. ↑↓ choose, Enter goes (to the slide on the
 * slides, to the passage in the source view), Esc closes. Each result can also go the other way.
 */
export function SearchOverlay({ annotations, view }: { readonly annotations: Annotations; readonly view: 'deck' | 'source' }) {
  const { api, briefingId, deck, store, panel, passage } = annotations;
  const field = useCombobox();
  const search = useSearch(api, briefingId, field.query);

  const rows = useMemo((): Row[] => {
    if (search.status !== 'done' && search.status !== 'searching') return [];
    const quotedRange = (id: string): { start: number; end: number } | null =>
      store.state.getState().annotations.find((a) => a.id === id)?.textRange ?? null;
    return search.results.map((result) => {
      const targets = targetsOf(result, deck.slideIndexById, quotedRange);
      const key = result.kind === 'paragraph' ? `p${result.paragraphId}` : `a${result.annotationId}`;
      return { key, result, targets, primary: primaryTarget(targets, view) };
    });
  }, [search, deck, store, view]);

  const close = (): void => panel.setState({ searchOpen: false });
  const go = (row: Row | undefined, where: 'slide' | 'passage' | null = row?.primary ?? null): void => {
    if (!row || where === null) return;
    close();
    if (where === 'slide' && row.targets.slideIndex !== null) goToSlide(row.targets.slideIndex);
    if (where === 'passage' && row.targets.passage) goToPassage(passage, row.targets.passage);
  };

  const pick = pickFrom(field, rows, {
    optionKey: (row) => row.key,
    onPick: (row) => go(row),
    onClose: (event) => {
      event.stopPropagation();
      close();
    },
  });

  return (
    <div className="search-overlay" role="dialog" aria-modal="true" aria-label="搜索批注与原文" onClick={close}>
      <div className="search-panel" onClick={(event) => event.stopPropagation()}>
        <div className="search-field">
          <ComboboxInput state={pick.input} className="search-input" label="搜索批注与原文" placeholder="搜索原文与批注，例如：托位数" expanded={rows.length > 0} />
          <span className="search-keys" aria-hidden="true">
            ↑↓ 选择 · Enter 前往 · Esc 关闭
          </span>
        </div>
        <SearchStatus search={search} count={rows.length} query={field.query.trim()} />
        <ul className="search-results" id={field.listId} role="listbox" aria-label="搜索结果">
          {rows.map((row) => (
            <ResultRow key={row.key} id={pick.optionId(row)} row={row} active={row === pick.chosen} onGo={go} onHover={() => pick.choose(row)} deckTitles={deck.slides} />
          ))}
        </ul>
      </div>
    </div>
  );
}

function SearchStatus({ search, count, query }: { readonly search: ReturnType<typeof useSearch>; readonly count: number; readonly query: string }) {
  if (search.status === 'idle') return <p className="search-status">在报告原文和所有批注中查找；多个词用空格分开。</p>;
  if (search.status === 'error') return <p className="search-status is-error" role="alert">{search.message}</p>;
  if (search.status === 'searching' && count === 0) return <p className="search-status" role="status">正在搜索…</p>;
  return (
    <p className="search-status" role="status">
      {count === 0 ? `没有找到“${query}”` : `找到 ${count} 处`}
    </p>
  );
}

interface ResultRowProps {
  readonly id: string;
  readonly row: Row;
  readonly active: boolean;
  readonly onGo: (row: Row, where?: 'slide' | 'passage' | null) => void;
  readonly onHover: () => void;
  readonly deckTitles: Annotations['deck']['slides'];
}

function ResultRow({ id, row, active, onGo, onHover, deckTitles }: ResultRowProps) {
  const { result, targets } = row;
  const slideNumber = targets.slideIndex === null ? null : targets.slideIndex + 1;
  const slideTitle = targets.slideIndex === null ? null : (deckTitles[targets.slideIndex]?.title ?? null);
  const other = row.primary === 'slide' ? (targets.passage ? 'passage' : null) : targets.slideIndex !== null ? 'slide' : null;
  return (
    <li id={id} role="option" aria-selected={active} className={`search-result${active ? ' is-active' : ''}`} onMouseEnter={onHover} onClick={() => onGo(row)}>
      <span className={`search-kind is-${result.kind}`}>{result.kind === 'paragraph' ? '原文' : '批注'}</span>
      <span className="search-result-main">
        <span className="search-where">
          {slideNumber !== null ? `第 ${slideNumber} 张 · ${slideTitle ?? ''}` : '不在幻灯片上'}
          {result.kind === 'annotation' && <span className="search-author"> · {result.author}</span>}
          {result.kind === 'annotation' && result.tags.length > 0 && (
            // A note may match by a tag alone: its tags are shown, so the reader sees why it is listed.
            <span className="search-tags"> · {result.tags.map((tag) => `#${tag}`).join(' ')}</span>
          )}
        </span>
        <Snippet text={result.snippet.text} highlights={result.snippet.highlights} />
      </span>
      {other && (
        <button
          type="button"
          className="search-other"
          tabIndex={-1}
          onClick={(event) => {
            event.stopPropagation();
            onGo(row, other);
          }}
        >
          {other === 'passage' ? '看原文' : '看幻灯片'}
        </button>
      )}
    </li>
  );
}
