import './exports.css';
import { Fragment, useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { exportEntries, exportEntry, startsGroup, type ExportEntry } from '../../../main/shared/export-menu';
import type { BriefingApi } from '../api/client';
import { buildFileWith, downloadFile } from './download';
import { printInBrowser } from './print-in-browser';
import { runExport, type ExportOutcome } from './run-export';

/** How long the line saying an export is done stays; a failure stays until closed. */
const doneMs = 8000;

type Notice = Exclude<ExportOutcome, { status: 'cancelled' }>;

/**
 * 导出 in the toolbar: a menu of main/shared/export-menu.ts's entries (幻灯片 PDF, 讲义 PDF, PowerPoint …) for the briefing
 * open, also run from the desktop menu's 文件 › 导出 ›. While one runs, the button says so and a line at the
 * foot of the window too; how it ended is said there, a failure in words the user can act on.
 */
export function ExportMenu({ api, briefingId }: { readonly api: BriefingApi; readonly briefingId: number | null }) {
  const [open, setOpen] = useState(false);
  const [running, setRunning] = useState<ExportEntry | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const busy = useRef(false);

  const start = useCallback(
    (entry: ExportEntry) => {
      setOpen(false);
      if (briefingId === null || busy.current) return;
      busy.current = true;
      setRunning(entry);
      setNotice(null);
      const environment = { shell: window.briefingShell, printInBrowser, buildFile: buildFileWith(api), download: downloadFile };
      void runExport(entry, briefingId, environment).then((outcome) => {
        busy.current = false;
        setRunning(null);
        if (outcome.status !== 'cancelled') setNotice(outcome);
      });
    },
    [api, briefingId],
  );

  // 文件 › 导出 › in the desktop app runs the same entries.
  useEffect(() => {
    const shell = window.briefingShell;
    if (!shell) return;
    return shell.onMenuCommand((command) => {
      if (command.kind === 'export') start(exportEntry(command.entry));
    });
  }, [start]);

  useEffect(() => {
    if (notice?.status !== 'done') return;
    const timer = setTimeout(() => setNotice(null), doneMs);
    return () => clearTimeout(timer);
  }, [notice]);

  // A press anywhere else closes the menu.
  useEffect(() => {
    if (!open) return;
    const onPress = (event: PointerEvent): void => {
      const target = event.target as Node | null;
      if (!menu.current?.contains(target) && !trigger.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPress);
    return () => document.removeEventListener('pointerdown', onPress);
  }, [open]);

  const items = (): HTMLButtonElement[] => [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
  const focusItem = (at: number): void => {
    const list = items();
    list[(at + list.length) % list.length]?.focus();
  };
  // Opened from the keyboard, the menu takes the focus; its first (or last) entry is ready to press.
  const [focusOnOpen, setFocusOnOpen] = useState<'first' | 'last' | null>(null);
  useEffect(() => {
    if (!open || focusOnOpen === null) return;
    focusItem(focusOnOpen === 'first' ? 0 : -1);
    setFocusOnOpen(null);
  }, [open, focusOnOpen]);

  // Keys the menu uses are its own: the deck behind it must not step or open its overview.
  const own = (event: KeyboardEvent): void => {
    event.preventDefault();
    event.stopPropagation();
  };
  const onTriggerKey = (event: KeyboardEvent<HTMLButtonElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
      own(event);
      setOpen(true);
      setFocusOnOpen('first');
    } else if (event.key === 'ArrowUp') {
      own(event);
      setOpen(true);
      setFocusOnOpen('last');
    } else if (event.key === 'Escape' && open) {
      own(event);
      setOpen(false);
    }
  };
  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>): void => {
    const at = items().indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown') focusItem(at + 1);
    else if (event.key === 'ArrowUp') focusItem(at - 1);
    else if (event.key === 'Home') focusItem(0);
    else if (event.key === 'End') focusItem(-1);
    else if (event.key === 'Escape') {
      setOpen(false);
      trigger.current?.focus();
    } else if (event.key === 'Tab') return setOpen(false);
    else if (event.key === 'Enter' || event.key === ' ') return event.stopPropagation();
    else return;
    own(event);
  };

  return (
    <div className="export-menu">
      <button
        ref={trigger}
        type="button"
        className="export-trigger"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-busy={running !== null || undefined}
        disabled={briefingId === null || running !== null}
        onClick={() => setOpen((was) => !was)}
        onKeyDown={onTriggerKey}
      >
        {running ? '正在导出…' : '导出'}
        <span className="export-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <div ref={menu} id={menuId} className="export-menu-list" role="menu" aria-label="导出" onKeyDown={onMenuKey}>
          {exportEntries.map((entry, index) => (
            <Fragment key={entry.id}>
              {startsGroup(index) && <div className="export-menu-separator" role="separator" />}
              <button type="button" role="menuitem" tabIndex={-1} onClick={() => start(entry)}>
                {entry.label}
              </button>
            </Fragment>
          ))}
        </div>
      )}
      {createPortal(
        // Always in the page, so screen readers announce what is put into it; outside the toolbar, which hides.
        <div className="export-notice-region" aria-live="polite">
          {running && (
            <p className="export-notice is-running" role="status">
              <span className="export-spinner" aria-hidden="true" />
              正在导出{running.label}…
            </p>
          )}
          {!running && notice && (
            <p className={`export-notice${notice.status === 'failed' ? ' is-error' : ''}`} role={notice.status === 'failed' ? 'alert' : 'status'}>
              <span>{notice.message}</span>
              <button type="button" className="export-notice-close" aria-label="关闭提示" onClick={() => setNotice(null)}>
                ×
              </button>
            </p>
          )}
        </div>,
        document.body,
      )}
    </div>
  );
}
