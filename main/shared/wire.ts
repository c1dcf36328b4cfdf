/**
 * How a channel's input travels as a JSON request body to the browser host, and its result back: as JSON,
 * except that bytes (a report file's for briefings:import, an exported file's from exports:file) travel as
 * `{"$bytes": "<base64>"}` and come out as the same Uint8Array the IPC bridge carries by structured clone. So
 * one contract serves both transports.
 */

const bytesTag = '$bytes';
/** Bytes per String.fromCharCode call: well under any engine's argument limit. */
const chunkBytes = 0x8000;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += chunkBytes) {
    binary += String.fromCharCode(...bytes.subarray(at, at + chunkBytes));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array | null {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let at = 0; at < binary.length; at += 1) bytes[at] = binary.charCodeAt(at);
  return bytes;
}

/** A channel's input as the request body: JSON, with every Uint8Array written as tagged base64. */
export function encodeWireBody(input: unknown): string {
  return JSON.stringify(input, (_key, value: unknown) => (value instanceof Uint8Array ? { [bytesTag]: toBase64(value) } : value));
}

/**
 * A request body read back: JSON.parse, with every `{"$bytes": base64}` turned back into its Uint8Array. A
 * tag whose text is not base64 stays as it is, for the contract's schema to refuse. Throws on text that is
 * not JSON (the host answers 400).
 */
export function decodeWireBody(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    const keys = Object.keys(value);
    const tagged = (value as Record<string, unknown>)[bytesTag];
    if (keys.length !== 1 || typeof tagged !== 'string') return value;
    return fromBase64(tagged) ?? value;
  });
}
