import { useEffect } from 'react';
import type { Feedback } from './feedback';
import { useStore } from '../ui/use-store';

/** How long a notice stays: long enough to reach 撤销 after a delete; errors a little longer. */
const infoMs = 6000;
const errorMs = 12000;

/** The one-line notice at the bottom of the window: 已删除批注 [撤销]. */
export function NoticeBar({ feedback }: { readonly feedback: Feedback }) {
  const notice = useStore(feedback.state, (s) => s.notice);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => feedback.dismiss(notice.id), notice.tone === 'error' ? errorMs : infoMs);
    return () => clearTimeout(timer);
  }, [notice, feedback]);

  return (
    // Always in the page, so screen readers announce what is put into it.
    <div className="note-notice-region" aria-live="polite">
      {notice && (
        <p className={`note-notice${notice.tone === 'error' ? ' is-error' : ''}`} key={notice.id} role={notice.tone === 'error' ? 'alert' : undefined}>
          <span>{notice.text}</span>
          {notice.action && (
            <button
              type="button"
              className="note-notice-action"
              onClick={() => {
                feedback.dismiss(notice.id);
                notice.action?.run();
              }}
            >
              {notice.action.label}
            </button>
          )}
          <button type="button" className="note-notice-close" aria-label="关闭提示" onClick={() => feedback.dismiss(notice.id)}>
            ×
          </button>
        </p>
      )}
    </div>
  );
}
