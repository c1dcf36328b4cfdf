import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

interface LibraryDialogProps {
  readonly role: 'dialog' | 'alertdialog';
  readonly heading: string;
  readonly onClose: () => void;
  readonly busy?: boolean;
  /** A wider card whose middle scrolls (a long list between the heading and the buttons). */
  readonly wide?: boolean;
  /** Where the focus goes when the dialog closes; by default back to what had it when the dialog opened. */
  readonly returnFocus?: () => HTMLElement | null;
  readonly children: ReactNode;
}

const focusable = 'button:not(:disabled), [href], input:not(:disabled), select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * A modal card over the window. Esc does what its quiet button does (关闭, 知道了, 取消); Tab and Shift+Tab go
 * round its controls and never behind it; when it closes, the focus goes back where the user was.
 */
export function LibraryDialog({ role, heading, onClose, busy = false, wide = false, returnFocus, children }: LibraryDialogProps) {
  const card = useRef<HTMLDivElement>(null);
  const back = useRef(returnFocus);
  back.current = returnFocus;
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    card.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      const target = back.current?.() ?? before;
      // Only if the focus was left in the dialog (now gone) or nowhere: an action may have moved it on purpose.
      if (target?.isConnected && (document.activeElement === document.body || document.activeElement === null)) target.focus();
    };
  }, []);

  function keepFocusInside(event: KeyboardEvent): void {
    const controls = [...(card.current?.querySelectorAll<HTMLElement>(focusable) ?? [])];
    const first = controls[0];
    const last = controls.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && (document.activeElement === first || !card.current?.contains(document.activeElement))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (document.activeElement === last || !card.current?.contains(document.activeElement))) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <div
      className="library-backdrop"
      onKeyDown={(event) => {
        // Keys stay in the dialog: the deck behind it must not step or open its overlays.
        event.stopPropagation();
        if (event.key === 'Escape') onClose();
        if (event.key === 'Tab') keepFocusInside(event);
      }}
    >
      <div
        ref={card}
        className={`library-dialog${wide ? ' is-wide' : ''}`}
        role={role}
        aria-modal="true"
        aria-label={heading}
        aria-busy={busy || undefined}
      >
        <h2>{heading}</h2>
        {children}
      </div>
    </div>
  );
}
