import { useEffect, useRef } from 'react';

/** 全部恢复？ — the whole deck back to the generated one; 撤销 brings the edits back. */
export function ConfirmResetAll({ onConfirm, onCancel }: { readonly onConfirm: () => void; readonly onCancel: () => void }) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div
      className="edit-backdrop"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onCancel();
      }}
    >
      <div className="edit-dialog" role="alertdialog" aria-modal="true" aria-labelledby="reset-all-heading" aria-describedby="reset-all-detail">
        <h2 id="reset-all-heading">全部恢复为生成的幻灯片？</h2>
        <p id="reset-all-detail">所有标题、顺序、隐藏、备注、图表、时间安排和自己添加的文字页都将恢复原样。之后可以用“撤销”找回。</p>
        <div className="edit-dialog-actions">
          <button type="button" className="edit-button" ref={cancel} onClick={onCancel}>
            取消
          </button>
          <button type="button" className="edit-button is-danger" onClick={onConfirm}>
            全部恢复
          </button>
        </div>
      </div>
    </div>
  );
}
