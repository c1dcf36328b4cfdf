import { Icon } from '../ui/icons';

interface EditActionsProps {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  readonly onCheck: () => void;
  readonly onResetAll: () => void;
}

/** The editing view's part of the toolbar: 撤销 / 重做, 检查, and 全部恢复. */
export function EditActions({ canUndo, canRedo, onUndo, onRedo, onCheck, onResetAll }: EditActionsProps) {
  return (
    <div className="edit-actions" role="group" aria-label="编辑">
      <button type="button" onClick={onUndo} disabled={!canUndo} title="撤销（Ctrl+Z）" aria-keyshortcuts="Control+Z">
        <Icon name="undo" />
        撤销
      </button>
      <button type="button" onClick={onRedo} disabled={!canRedo} title="重做（Ctrl+Shift+Z 或 Ctrl+Y）" aria-keyshortcuts="Control+Shift+Z Control+Y">
        <Icon name="redo" />
        重做
      </button>
      <span className="edit-actions-gap" />
      <button type="button" onClick={onCheck} title="列出幻灯片上不是报告数据的数字、已失效的修改">
        检查
      </button>
      <button type="button" onClick={onResetAll}>
        全部恢复…
      </button>
    </div>
  );
}
