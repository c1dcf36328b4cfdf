import type { DeckEngine } from './engine';

const keys: readonly (readonly [string, string])[] = [
  ['→ ↓ 空格 PgDn Enter', '下一项 / 下一张'],
  ['← ↑ Shift+空格 PgUp', '上一项 / 上一张'],
  ['Home / End', '第一张 / 最后一张'],
  ['数字 + Enter', '跳到第几张'],
  ['G', '按标题查找并跳转'],
  ['O / Esc', '总览（Esc 先关闭已打开的窗口）'],
  ['B 或 .', '黑屏'],
  ['W', '白屏'],
  ['F', '全屏'],
  ['P', '打开演讲者视图'],
  ['?', '显示 / 隐藏本帮助'],
  ['左右滑动', '触摸屏翻页'],
];

/** Keys of the annotation tools, which live in the audience window only. */
const annotationHelp: readonly (readonly [string, string])[] = [
  ['N', '批注面板'],
  ['I / L', '墨迹笔 / 激光笔（Esc 放下）'],
  ['/ 或 Ctrl+F', '搜索批注与原文'],
  ['Ctrl+Z / Ctrl+Shift+Z', '撤销 / 重做批注操作'],
];

/** ?: the key map, in Chinese. */
export function HelpOverlay({ deck, presenter }: { readonly deck: DeckEngine; readonly presenter: boolean }) {
  return (
    <div className="deck-overlay deck-help" role="dialog" aria-modal="true" aria-label="快捷键帮助" onClick={() => deck.closeOverlay()}>
      <div className="help-panel" onClick={(event) => event.stopPropagation()}>
        <h2>快捷键</h2>
        <dl className="help-keys">
          {[...keys, ...(presenter ? [] : annotationHelp)]
            .filter(([key]) => !(presenter && key === 'P'))
            .map(([key, action]) => (
              <div key={key}>
                <dt>
                  <kbd>{key}</kbd>
                </dt>
                <dd>{action}</dd>
              </div>
            ))}
        </dl>
        <p className="help-note">鼠标滚轮不会翻页。工具栏中可切换“逐项显示 / 全部显示”和动画。</p>
        <button type="button" className="overlay-close" autoFocus onClick={() => deck.closeOverlay()}>
          关闭
        </button>
      </div>
    </div>
  );
}
