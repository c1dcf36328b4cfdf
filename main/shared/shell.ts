import type { ExportEntryId, SavedFileFormat } from './export-menu';
import type { PrintKind } from './print';
import type { Result } from './result';

/**
 * What only the desktop app's shell tells the page: the commands of its menu (文件 › 导入报告…, 简报库, 导出 ›),
 * and the two things the page asks of it (导出 PDF, 导出 PowerPoint / Excel / CSV to a file). The preload exposes them as `window.briefingShell`, beside
 * the contract's `briefingApi`; the browser preview has no such menu and no such object. Type-only, like
 * bridge.ts.
 */

/**
 * A report file the user chose in the OS dialog of the menu, as bytes: the main process read it from the
 * path the dialog gave it, never from a path the page named. A file over the cap is not read (`bytes` null),
 * so the page refuses it by its size as it refuses a dropped one.
 */
export interface PickedFile {
  readonly fileName: string;
  readonly size: number;
  readonly bytes: Uint8Array | null;
}

/** 文件 › 导出 › …: the page runs that export of the briefing it shows, as from its own 导出 menu. */
export type MenuCommand =
  | { readonly kind: 'library' }
  | { readonly kind: 'import'; readonly file: PickedFile }
  | { readonly kind: 'export'; readonly entry: ExportEntryId };

/** A PDF of a print route (main/shared/print.ts), made by the shell with printToPDF in a hidden window. */
export interface PdfExportRequest {
  readonly briefingId: number;
  readonly kind: PrintKind;
}

/**
 * A briefing as PowerPoint, Excel or CSV (main/core/export), or as a `.briefing` file to hand on
 * (core/briefings/pack.ts), saved by the shell where the user chooses.
 */
export interface FileExportRequest {
  readonly briefingId: number;
  readonly format: SavedFileFormat;
}

/** Saved where the user chose in the save dialog (only its name comes back), or the dialog was cancelled. */
export type SavedExport = { readonly saved: true; readonly fileName: string } | { readonly saved: false };

export interface BriefingShell {
  /** Hear the menu's commands; returns the function that stops listening. */
  readonly onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
  /** Print the briefing's slides or handout to a PDF file the user picks; resolves once written (or not). */
  readonly exportPdf: (request: PdfExportRequest) => Promise<Result<SavedExport>>;
  /** Save the briefing as a PowerPoint, Excel, CSV or .briefing file the user picks; resolves once written (or not). */
  readonly exportFile: (request: FileExportRequest) => Promise<Result<SavedExport>>;
}

/** The global name the preload uses; the renderer reads `window.briefingShell`. */
export type BriefingShellGlobal = 'briefingShell';
