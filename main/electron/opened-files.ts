import { extname, resolve } from 'node:path';
import { documentExtensions } from '../shared/documents';
import { packFormat } from '../shared/packs';

/**
 * Files the OS asks the app to open: a `.briefing` a colleague sent, double-clicked (the file association in
 * electron-builder.yml), or a report dropped on the app's icon. Windows and Linux pass the path on the command
 * line (of this start, or of a second start that hands it over: second-instance); macOS sends open-file, even
 * before the app is ready. Each is imported by the page as if chosen in 文件 › 导入报告…, once it listens.
 */

/** What the app opens: every report format, and a prepared briefing. */
export const openableExtensions: readonly string[] = [...Object.keys(documentExtensions), packFormat.extension];

/**
 * The files named on a command line. argv[0] is the executable (unpackaged, argv[1] is the app's folder, not
 * a file of ours); switches — Chromium's, or any — start with "-". A relative path is taken from the folder
 * the command was run in.
 */
export function filesInCommandLine(argv: readonly string[], workingDirectory: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && openableExtensions.includes(extname(arg).toLowerCase()))
    .map((arg) => resolve(workingDirectory, arg));
}

export interface OpenQueue {
  /** A file the OS asked to open: handed on now if the page listens, else kept until it does. */
  open(path: string): void;
  /** The page has started to hear the menu's commands: every file kept so far goes to it, in order. */
  pageListening(): void;
}

/** Holds the files asked for before the page could take them (at start, the window is not even made yet). */
export function createOpenQueue(deliver: (path: string) => void): OpenQueue {
  const waiting: string[] = [];
  let listening = false;
  return {
    open(path) {
      if (listening) deliver(path);
      else waiting.push(path);
    },
    pageListening() {
      listening = true;
      for (const path of waiting.splice(0)) deliver(path);
    },
  };
}
