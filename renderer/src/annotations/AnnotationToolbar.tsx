import { useMemo } from 'react';
import { toggleInk, toggleTool } from './ink-tools';
import { useAnnotations } from './context';
import { isNote } from './filters';
import { useStore } from '../ui/use-store';

/**
 * The annotation buttons of the app's toolbar: 批注 (N), and over the slides 墨迹 (I) and 激光笔 (L), then
 * 搜索 (Ctrl+F). Each says its key in its tooltip.
 */
export function AnnotationToolbar({ view }: { readonly view: 'deck' | 'source' }) {
  const annotations = useAnnotations();
  if (!annotations) return null;
  return <ToolbarButtons annotations={annotations} view={view} />;
}

function ToolbarButtons({ annotations, view }: { readonly annotations: NonNullable<ReturnType<typeof useAnnotations>>; readonly view: 'deck' | 'source' }) {
  const { panel, ink, store } = annotations;
  const open = useStore(panel, (s) => s.open);
  const tool = useStore(ink, (s) => s.tool);
  const all = useStore(store.state, (s) => s.annotations);
  const count = useMemo(() => all.filter(isNote).length, [all]);
  return (
    <div className="note-toolbar" role="group" aria-label="批注工具">
      <button type="button" aria-pressed={open} title="批注面板（N）" onClick={() => panel.setState({ open: !open })}>
        批注{count > 0 && <span className="note-toolbar-count">{count}</span>}
      </button>
      {view === 'deck' && (
        <>
          <button type="button" aria-pressed={tool !== null && tool !== 'laser'} title="墨迹：笔、荧光笔、橡皮（I）" onClick={() => toggleInk(ink)}>
            墨迹
          </button>
          <button type="button" aria-pressed={tool === 'laser'} title="激光笔（L）" onClick={() => toggleTool(ink, 'laser')}>
            激光笔
          </button>
        </>
      )}
      <button type="button" title="搜索原文与批注（Ctrl+F 或 /）" onClick={() => panel.setState({ searchOpen: true })}>
        搜索
      </button>
    </div>
  );
}
