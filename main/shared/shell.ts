/**
 * What only the desktop app's shell tells the page: the commands of its menu (文件 › 导入报告…, 简报库). The
 * preload exposes them as `window.briefingShell`, beside the contract's `briefingApi`; the browser preview
 * has no such menu and no such object. Type-only, like bridge.ts.
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

export type MenuCommand = { readonly kind: 'library' } | { readonly kind: 'import'; readonly file: PickedFile };

export interface BriefingShell {
  /** Hear the menu's commands; returns the function that stops listening. */
  readonly onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
}

/** The global name the preload uses; the renderer reads `window.briefingShell`. */
export type BriefingShellGlobal = 'briefingShell';
