import { documentExtensions, type DocumentFormat } from '../../../main/shared/documents';
import type { LibraryEntry } from '../../../main/shared/library';

/** How the library names a format: in words, and as the short tag on a briefing's cover. */
const formatNames: Readonly<Record<DocumentFormat, { readonly name: string; readonly tag: string }>> = {
  markdown: { name: 'Markdown 文本', tag: 'MD' },
  text: { name: '纯文本', tag: 'TXT' },
  docx: { name: 'Word 文档', tag: 'DOCX' },
  html: { name: '网页', tag: 'HTML' },
  pdf: { name: 'PDF', tag: 'PDF' },
};

const encodingNames: Readonly<Record<string, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
  gb18030: 'GB18030',
};

/** The format a briefing's file was read as; when its importer did not say, what its name's extension says. */
export function formatOf(entry: Pick<LibraryEntry, 'sourceFormat' | 'sourceName'>): DocumentFormat | null {
  if (entry.sourceFormat) return entry.sourceFormat;
  const dot = entry.sourceName.lastIndexOf('.');
  return dot < 0 ? null : (documentExtensions[entry.sourceName.slice(dot).toLowerCase()] ?? null);
}

/** Word 文档, 纯文本 · GB18030 …: what kind of file the report came in. */
export function formatLabel(entry: Pick<LibraryEntry, 'sourceFormat' | 'sourceName' | 'sourceEncoding'>): string {
  const format = formatOf(entry);
  if (!format) return '文件';
  const encoding = entry.sourceEncoding ? encodingNames[entry.sourceEncoding] ?? entry.sourceEncoding.toUpperCase() : null;
  // UTF-8 goes without saying; another encoding is worth knowing (it was told apart without asking).
  return encoding && encoding !== 'UTF-8' ? `${formatNames[format].name} · ${encoding}` : formatNames[format].name;
}

export function formatTag(entry: Pick<LibraryEntry, 'sourceFormat' | 'sourceName'>): string {
  const format = formatOf(entry);
  return format ? formatNames[format].tag : '文件';
}

const dayStart = (date: Date): number => new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
const time = new Intl.DateTimeFormat('zh-CN', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const dateThisYear = new Intl.DateTimeFormat('zh-CN', { month: 'long', day: 'numeric' });
const fullDate = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric' });

/** 今天 09:30, 昨天 17:05, 11月28日 14:00, 2025年3月2日: when, as near as the reader needs it. */
export function whenLabel(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const days = Math.round((dayStart(now) - dayStart(date)) / 86_400_000);
  if (days === 0) return `今天 ${time.format(date)}`;
  if (days === 1) return `昨天 ${time.format(date)}`;
  if (date.getFullYear() === now.getFullYear()) return `${dateThisYear.format(date)} ${time.format(date)}`;
  return fullDate.format(date);
}
