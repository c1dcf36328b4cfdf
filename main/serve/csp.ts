/**
 * The Content-Security-Policy of the renderer, used by the Electron protocol handler and the browser host
 * alike: everything comes from the app's own origin; no eval'd script, no inline script or style but the
 * exact texts a document names by hash.
 */
interface PolicyExtras {
  /** `sha256-…` of inline <script> texts the document may run. */
  readonly scriptHashes?: readonly string[];
  /** `sha256-…` of inline <style> texts the document may apply. */
  readonly styleHashes?: readonly string[];
}

export function documentPolicy(extras: PolicyExtras = {}): string {
  const hashes = (list: readonly string[] | undefined): string => (list ?? []).map((hash) => ` '${hash}'`).join('');
  return [
    "default-src 'none'",
    `script-src 'self'${hashes(extras.scriptHashes)}`,
    `style-src 'self'${hashes(extras.styleHashes)}`,
    "font-src 'self'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** The policy of every response but the first-paint document. */
export const contentSecurityPolicy = documentPolicy();
