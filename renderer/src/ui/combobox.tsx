import { useId, useState, type KeyboardEvent } from 'react';

/**
 * A search field that picks one option of a list as you type (the jump dialog, the search overlay). In two
 * steps, since the options come from what is typed (and may come from a hook of their own):
 * `useCombobox()` holds what was typed and which option ↑↓ has chosen; `pickFrom(field, options, actions)`
 * resolves that against the options and gives the keys. The choice is held by its place in the list, kept
 * within the list as it changes under the typing; typing chooses the first option again.
 */
export interface ComboboxField {
  readonly listId: string;
  readonly query: string;
  readonly active: number;
  setQuery(query: string): void;
  setActive(update: (at: number) => number): void;
}

export function useCombobox(): ComboboxField {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  return {
    listId,
    query,
    active,
    setQuery: (next) => {
      setQuery(next);
      setActive(0);
    },
    setActive,
  };
}

export interface ComboboxActions<T> {
  /** What makes the option's DOM id unique in its list: the id is `${listId}-${optionKey(option)}`. */
  readonly optionKey: (option: T) => string | number;
  /** Enter on the chosen option (undefined when the list is empty). */
  readonly onPick: (option: T | undefined) => void;
  /** Escape, with its event (to stop it reaching other listeners, where that matters). */
  readonly onClose: (event: KeyboardEvent<HTMLInputElement>) => void;
}

export interface ComboboxPick<T> {
  readonly chosen: T | undefined;
  /** The DOM id of an option's <li role="option">. */
  optionId(option: T): string;
  /** Choose this option (the mouse over it). */
  choose(option: T): void;
  /** For <ComboboxInput state=…>. */
  readonly input: ComboboxInputState;
}

interface ComboboxInputState {
  readonly listId: string;
  readonly query: string;
  readonly activeOptionId: string | undefined;
  readonly onQuery: (query: string) => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
}

export function pickFrom<T>(field: ComboboxField, options: readonly T[], actions: ComboboxActions<T>): ComboboxPick<T> {
  const last = options.length - 1;
  const chosen = options[Math.min(field.active, last)];
  const optionId = (option: T): string => `${field.listId}-${actions.optionKey(option)}`;
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.nativeEvent.isComposing) return; // Enter confirms the input method's candidate, not the pick
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step) {
      event.preventDefault();
      field.setActive((at) => Math.min(last, Math.max(0, Math.min(at, last) + step)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      actions.onPick(chosen);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      actions.onClose(event);
    }
  };
  return {
    chosen,
    optionId,
    choose: (option) => field.setActive(() => Math.max(0, options.indexOf(option))),
    input: {
      listId: field.listId,
      query: field.query,
      activeOptionId: chosen === undefined ? undefined : optionId(chosen),
      onQuery: field.setQuery,
      onKeyDown,
    },
  };
}

interface ComboboxInputProps {
  readonly state: ComboboxInputState;
  readonly className: string;
  readonly placeholder: string;
  /** Whether the list is shown (aria-expanded). */
  readonly expanded: boolean;
  /** For a <label htmlFor>; else give `label`. */
  readonly id?: string;
  readonly label?: string;
}

/** The text field of a combobox: its ARIA ties it to the list and to the chosen option. */
export function ComboboxInput({ state, className, placeholder, expanded, id, label }: ComboboxInputProps) {
  return (
    <input
      id={id}
      className={className}
      type="search"
      role="combobox"
      aria-label={label}
      aria-expanded={expanded}
      aria-controls={state.listId}
      aria-activedescendant={state.activeOptionId}
      autoComplete="off"
      placeholder={placeholder}
      autoFocus
      value={state.query}
      onChange={(event) => state.onQuery(event.target.value)}
      onKeyDown={state.onKeyDown}
    />
  );
}
