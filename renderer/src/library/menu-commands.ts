import { useEffect } from 'react';
import type { BriefingShell, PickedFile } from '../../../main/shared/shell';
import type { FileSource, ImportController } from './import-controller';

declare global {
  interface Window {
    /** The desktop app's menu (see main/shared/shell.ts); absent in the browser preview. */
    briefingShell?: BriefingShell;
  }
}

/** A file chosen in the desktop menu's dialog: its bytes came with it, unless it was over the cap. */
export const fromPickedFile = (file: PickedFile): FileSource => ({
  fileName: file.fileName,
  size: file.size,
  bytes: () => (file.bytes ? Promise.resolve(file.bytes) : Promise.reject(new Error(`无法读取“${file.fileName}”`))),
});

/** Carry out the desktop menu's library commands: 简报库 shows the library, 导入报告… imports the chosen file. */
export function useMenuCommands(imports: ImportController, showLibrary: () => void): void {
  useEffect(() => {
    const shell = window.briefingShell;
    if (!shell) return;
    return shell.onMenuCommand((command) => {
      if (command.kind === 'library') showLibrary();
      else if (command.kind === 'import') void imports.importFile(fromPickedFile(command.file));
      // 导出 › commands are the export menu's (renderer/src/exports).
    });
  }, [imports, showLibrary]);
}
