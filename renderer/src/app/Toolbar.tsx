import type { ReactNode } from 'react';
import type { BriefingApi } from '../api/client';
import { ExportMenu } from '../exports/ExportMenu';
import { keepFocusOnPress } from '../ui/keep-focus';
import { useAutoHide } from '../ui/useAutoHide';

export type ToolbarView = 'deck' | 'source' | 'edit' | 'library';

interface ToolbarProps {
  readonly view: ToolbarView;
  readonly onNavigate: (view: ToolbarView) => void;
  /** Over the slides it floats and hides itself when the mouse rests; over the source view it stays. */
  readonly floating: boolean;
  /** No briefing is open (an empty library): only the library can be shown. */
  readonly libraryOnly?: boolean;
  /** 导出 builds PowerPoint, Excel and CSV through it in the preview. */
  readonly api: BriefingApi;
  /** The briefing 导出 exports (the one open); null when none is. */
  readonly briefingId: number | null;
  readonly children?: ReactNode;
}

/** 简报库 / 幻灯片 / 原文与数据 / 编辑, plus whatever the view adds (the deck's settings), and 导出. Hidden in fullscreen. */
export function Toolbar({ view, onNavigate, floating, libraryOnly = false, api, briefingId, children }: ToolbarProps) {
  const [awake, hold] = useAutoHide();
  return (
    <nav
      className={floating ? 'app-toolbar is-floating' : 'app-toolbar'}
      data-awake={!floating || awake}
      aria-label="视图"
      onMouseEnter={() => hold(true)}
      onMouseLeave={() => hold(false)}
      onFocus={() => hold(true)}
      onBlur={() => hold(false)}
      onMouseDown={keepFocusOnPress}
    >
      <button type="button" aria-pressed={view === 'library'} onClick={() => onNavigate('library')}>
        简报库
      </button>
      <button type="button" aria-pressed={view === 'deck'} onClick={() => onNavigate('deck')} disabled={libraryOnly}>
        幻灯片
      </button>
      <button type="button" aria-pressed={view === 'source'} onClick={() => onNavigate('source')} disabled={libraryOnly}>
        原文与数据
      </button>
      <button type="button" aria-pressed={view === 'edit'} onClick={() => onNavigate('edit')} disabled={libraryOnly}>
        编辑
      </button>
      {children}
      <ExportMenu api={api} briefingId={libraryOnly ? null : briefingId} />
    </nav>
  );
}
