import { createStateStore, type StateStore } from '../ui/state-store';

/** A short message about the last action, with at most one thing to do about it (撤销, 重试 …). */
export interface Notice {
  readonly id: number;
  readonly text: string;
  readonly tone: 'info' | 'error';
  readonly action: { readonly label: string; readonly run: () => void } | null;
}

export interface Feedback {
  readonly state: StateStore<{ readonly notice: Notice | null }>;
  show(text: string, options?: { tone?: Notice['tone']; action?: Notice['action'] }): void;
  error(error: unknown, prefix?: string): void;
  dismiss(id?: number): void;
}

/** Errors reach the user as the core's Chinese message; anything else is shown as it is. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function createFeedback(): Feedback {
  const state = createStateStore<{ readonly notice: Notice | null }>({ notice: null });
  let next = 1;
  return {
    state,
    show(text, { tone = 'info', action = null } = {}) {
      state.setState({ notice: { id: next++, text, tone, action } });
    },
    error(error, prefix) {
      const message = messageOf(error);
      state.setState({ notice: { id: next++, text: prefix ? `${prefix}：${message}` : message, tone: 'error', action: null } });
    },
    dismiss(id) {
      state.setState(({ notice }) => ({ notice: id === undefined || notice?.id === id ? null : notice }));
    },
  };
}
