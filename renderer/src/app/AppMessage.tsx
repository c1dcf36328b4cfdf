import type { ReactNode } from 'react';

/** A full-window status line: loading (announced politely), error (announced at once), or plain. */
export function AppMessage({ kind, children }: { readonly kind: 'loading' | 'error' | 'info'; readonly children: ReactNode }) {
  if (kind === 'loading') return <p className="app-message" role="status">{children}</p>;
  if (kind === 'error') return <p className="app-message is-error" role="alert">{children}</p>;
  return <p className="app-message">{children}</p>;
}
