/**
 * A `.briefing` pack: one prepared briefing as one file — the report as imported, the presenter's notes,
 * the deck edits (time budgets included) and the annotations — to carry to another machine. Types shared by
 * the core (which writes and reads it) and the UI (which offers it).
 */
import type { ImportCounts } from './annotations';
import { megabytes, megabytesUp } from './file-size';

export const packFormat = {
  /** The manifest's format name: a file without it is not a pack. */
  name: 'briefing-pack',
  /** The version this app writes; a pack of a newer version is refused, as a newer store is. */
  version: 1,
  extension: '.briefing',
  /** Far above any real pack (a report is at most 5 million characters), small enough to refuse a runaway file unread. */
  maxBytes: 64 * 1024 * 1024,
} as const;

/** The pack's media type, for a download and the OS file association (electron-builder.yml). */
export const packMimeType = 'application/x-briefing';

/** Whether a file is a pack by its name (the OS opens it with the app, the library imports it as one). */
export function isPackFileName(fileName: string): boolean {
  return fileName.toLowerCase().endsWith(packFormat.extension);
}

/** Why a pack over the cap is refused, with its size. */
export function packTooLarge(bytes: number): string {
  return `文件过大（${megabytesUp(bytes)}），超过上限 ${megabytes(packFormat.maxBytes)}`;
}

export interface PackExport {
  /** A file name for the pack: the briefing's title and .briefing. */
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export interface PackImportOutcome {
  readonly briefingId: number;
  readonly title: string;
  /** True when the pack's briefing was new to this store; false when the one already here was brought up to it. */
  readonly created: boolean;
  /** The report was replaced by the pack's (the briefing here had another version). */
  readonly reportReplaced: boolean;
  readonly notes: number;
  readonly edits: number;
  readonly annotations: ImportCounts;
}
