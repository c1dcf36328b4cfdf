import type { Annotations } from '../annotations/context';
import { Icon, type IconName } from '../ui/icons';
import { useStore } from '../ui/use-store';
import { inkColours, type InkTool } from '../annotations/ink-tools';

const tools: readonly { readonly tool: InkTool; readonly label: string; readonly icon: IconName; readonly key?: string }[] = [
  { tool: 'pen', label: '笔', icon: 'pen', key: 'I' },
  { tool: 'highlighter', label: '荧光笔', icon: 'highlighter' },
  { tool: 'eraser', label: '橡皮', icon: 'eraser' },
  { tool: 'laser', label: '激光笔', icon: 'laser', key: 'L' },
];

/**
 * The tools while drawing, in a small bar at the foot of the window (outside the slide, so it is not part
 * of what the audience reads): tool, colour, 清除本张, and 完成 (Esc) to get the pointer back.
 */
export function InkPalette({ annotations, slideId }: { readonly annotations: Annotations; readonly slideId: string }) {
  const { ink, actions } = annotations;
  const tool = useStore(ink, (s) => s.tool);
  const penColour = useStore(ink, (s) => s.penColour);
  const highlighterColour = useStore(ink, (s) => s.highlighterColour);
  if (tool === null) return null;
  const colour = tool === 'highlighter' ? highlighterColour : penColour;
  const drawsInColour = tool === 'pen' || tool === 'highlighter';

  return (
    // A click here must not keep focus on the button: Space and Enter would then press it again instead of
    // going to the next slide.
    <div className="ink-palette" role="toolbar" aria-label="墨迹工具" onMouseDown={(event) => event.preventDefault()}>
      <div className="ink-palette-group" role="radiogroup" aria-label="工具">
        {tools.map((entry) => (
          <button
            key={entry.tool}
            type="button"
            role="radio"
            aria-checked={tool === entry.tool}
            className="ink-palette-tool"
            title={entry.key ? `${entry.label}（${entry.key}）` : entry.label}
            onClick={() => ink.setState({ tool: entry.tool })}
          >
            <Icon name={entry.icon} />
            <span>{entry.label}</span>
          </button>
        ))}
      </div>
      <div className="ink-palette-group" role="radiogroup" aria-label="颜色" aria-disabled={!drawsInColour}>
        {inkColours.map(({ value, name }) => (
          <button
            key={value}
            type="button"
            role="radio"
            aria-checked={drawsInColour && colour === value}
            aria-label={name}
            title={name}
            disabled={!drawsInColour}
            className="ink-swatch"
            style={{ color: value }}
            onClick={() => ink.setState(tool === 'highlighter' ? { highlighterColour: value } : { penColour: value })}
          />
        ))}
      </div>
      <div className="ink-palette-group">
        <button type="button" className="ink-palette-tool" onClick={() => void actions.clearInk(slideId)} title="清除本张的全部墨迹（可撤销）">
          <Icon name="trash" />
          <span>清除本张</span>
        </button>
        <button type="button" className="ink-palette-done" onClick={() => ink.setState({ tool: null })} title="收起工具（Esc）">
          完成
        </button>
      </div>
    </div>
  );
}
