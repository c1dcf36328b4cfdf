import { app, BrowserWindow, dialog, type MessageBoxOptions, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { join } from 'node:path';
import type { AppCore } from '../core/app';
import { backupStoreTo, checkBackupFile, stageRestore } from '../core/store/backup';

/**
 * 文件 → 备份数据… / 恢复数据…: the whole store (every briefing and every note) to and from one file the user
 * picks. The paths come from the OS dialogs, never from the renderer.
 */

const backupFilter = { name: 'Briefing 备份', extensions: ['db'] };

function parentWindow(): BrowserWindow | null {
  return BrowserWindow.getFocusedWindow();
}

async function message(options: MessageBoxOptions): Promise<number> {
  const parent = parentWindow();
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  return response;
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export async function backupData(core: AppCore | null, now: () => Date = () => new Date()): Promise<void> {
  if (!core) return;
  const options: SaveDialogOptions = {
    title: '备份数据',
    defaultPath: join(app.getPath('documents'), `Briefing-备份-${now().toISOString().slice(0, 10)}.db`),
    filters: [backupFilter],
  };
  const parent = parentWindow();
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return;
  try {
    await backupStoreTo(core.db, choice.filePath);
    await message({ type: 'info', title: '备份完成', message: '全部简报与批注已备份。', detail: choice.filePath, buttons: ['确定'] });
  } catch (error) {
    await message({ type: 'error', title: '备份失败', message: '未能写入备份，现有数据没有任何改动。', detail: reason(error), buttons: ['确定'] });
  }
}

export async function restoreData(core: AppCore | null): Promise<void> {
  if (!core) return;
  const options: OpenDialogOptions = { title: '恢复数据', properties: ['openFile'], filters: [backupFilter] };
  const parent = parentWindow();
  const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  const [path] = choice.filePaths;
  if (choice.canceled || !path) return;
  let briefings: number;
  try {
    briefings = checkBackupFile(path).briefings;
  } catch (error) {
    await message({ type: 'error', title: '无法恢复', message: '所选文件不能用于恢复，现有数据没有任何改动。', detail: reason(error), buttons: ['确定'] });
    return;
  }
  const confirmed = await message({
    type: 'warning',
    title: '恢复数据',
    message: `用这份备份（${briefings} 份简报）替换当前全部简报与批注？`,
    detail: '当前数据不会删除，会原样保留在数据文件夹中。恢复后 Briefing 将重新启动。',
    buttons: ['恢复并重新启动', '取消'],
    defaultId: 1,
    cancelId: 1,
  });
  if (confirmed !== 0) return;
  try {
    stageRestore(core.dbPath, path);
  } catch (error) {
    await message({ type: 'error', title: '无法恢复', message: '未能准备恢复，现有数据没有任何改动。', detail: reason(error), buttons: ['确定'] });
    return;
  }
  app.relaunch();
  app.quit();
}

/** After a restart for a restore: say it was done, and where the replaced data was kept. */
export function reportRestore(keptAt: string): void {
  void message({
    type: 'info',
    title: '已从备份恢复',
    message: '已从备份恢复全部简报与批注。',
    detail: `恢复前的数据保留在：\n${keptAt}`,
    buttons: ['确定'],
  });
}
