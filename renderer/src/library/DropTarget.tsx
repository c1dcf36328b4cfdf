import { useEffect, useState } from 'react';
import { useStore } from '../ui/use-store';
import { fromDomFile, type ImportController } from './import-controller';

const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * A report file dropped anywhere on the window is imported, and while one is dragged over the window the
 * whole window says so. Only files: a text or a link dragged around the page is none of its business. The
 * file's bytes are read here, in the page (no path ever reaches the app).
 */
export function DropTarget({ imports }: { readonly imports: ImportController }) {
  const [dragging, setDragging] = useState(false);
  const importing = useStore(imports.state, (s) => s.phase.status === 'running');

  useEffect(() => {
    // dragenter/dragleave fire for every element crossed: count them to know when the file has left the window.
    let depth = 0;
    const enter = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const over = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      // Without this the browser opens the file instead of letting the page have it.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      const [first] = files;
      if (!first) return;
      void imports.importFile(fromDomFile(first));
      if (files.length > 1) imports.notify(`一次导入一个文件：只导入了“${first.name}”`);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [imports]);

  if (!dragging) return null;
  return (
    <div className="drop-target" data-busy={importing}>
      <div className="drop-target-card">
        <p className="drop-target-title">{importing ? '正在导入另一份文件，请稍候' : '松开鼠标，导入这份报告'}</p>
        <p className="drop-target-hint">Word、PDF、网页、纯文本或 Markdown 文件（不超过 20 MB），或同事转交的简报文件</p>
      </div>
    </div>
  );
}
