/**
 * The app's typeface, bundled (fontsource) in the two weights the slides use, split by unicode-range into
 * about a hundred files per weight. A file loads the first time a character it holds is laid out; until then
 * the browser looks for a fallback, which for Chinese text is slow.
 */
export const appTypeface = 'Noto Sans SC';
export const appWeights = [400, 700] as const;

/**
 * Load the files of both weights that hold `text`'s characters, so text set later is laid out in the app's
 * typeface at once. Resolves when they are loaded, or after `timeoutMs` whatever remains (never rejects).
 */
export async function loadTypefaceFor(text: string, timeoutMs: number): Promise<void> {
  if (typeof document === 'undefined' || !('fonts' in document)) return;
  const loads = Promise.all(appWeights.map((weight) => document.fonts.load(`${weight} 28px '${appTypeface}'`, text))).then(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
  await Promise.race([loads, timeout]).catch(() => undefined);
  clearTimeout(timer);
}

/** The distinct characters of a text, in first-seen order: what a font load needs to be asked for. */
export function distinctCharacters(text: string): string {
  return [...new Set(text)].join('');
}
