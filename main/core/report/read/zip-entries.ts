/**
 * The files inside a ZIP archive (a .docx is one), read from its central directory. Only what a Word file
 * uses: stored or deflated entries, no ZIP64, no encryption. Anything else gives null, and the caller reads
 * the file another way. Not jszip (the exports' zip library): it inflates in JavaScript and read a 1 MB
 * report's document.xml in 33–75 ms against 14–19 ms here, and it is loaded with the exporters, not the readers.
 */
import { inflateRawSync } from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 0x1;

export interface ZipEntries {
  has(name: string): boolean;
  /** The entry's bytes, or null when the archive has no such entry. */
  read(name: string): Uint8Array | null;
}

interface Entry {
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeader: number;
}

/** The archive's entries by name, or null when the bytes are not an archive this reader handles. */
export function zipEntries(bytes: Uint8Array): ZipEntries | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfDirectory(view);
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = new Map<string, Entry>();
  const names = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localHeader = view.getUint32(at + 42, true);
    if ((flags & ENCRYPTED_FLAG) !== 0 || (method !== STORED && method !== DEFLATED)) return null;
    if (compressedSize === 0xffffffff || size === 0xffffffff || localHeader === 0xffffffff) return null; // ZIP64
    entries.set(names.decode(bytes.subarray(at + 46, at + 46 + nameLength)), { method, compressedSize, size, localHeader });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return {
    has: (name) => entries.has(name),
    read(name) {
      const entry = entries.get(name);
      if (!entry) return null;
      const header = entry.localHeader;
      if (header + 30 > bytes.byteLength || view.getUint32(header, true) !== LOCAL_HEADER) throw new Error(`damaged entry ${name}`);
      const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
      const data = bytes.subarray(start, start + entry.compressedSize);
      if (data.byteLength !== entry.compressedSize) throw new Error(`truncated entry ${name}`);
      const content = entry.method === STORED ? data : new Uint8Array(inflateRawSync(data));
      if (content.byteLength !== entry.size) throw new Error(`entry ${name} has the wrong size`);
      return content;
    },
  };
}

/** The offset of the end-of-central-directory record: the last one, searched back over a comment. */
function endOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}
