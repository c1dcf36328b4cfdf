/**
 * The print routes (`#/print/slides`, `#/print/handout`) as the renderer draws them and the desktop shell
 * prints them: their addresses, their page sizes and the signal that a page is ready to print. Shared so the
 * page, the shell's printToPDF and the tests cannot drift apart.
 */

export const printKinds = ['slides', 'handout'] as const;
export type PrintKind = (typeof printKinds)[number];

/** `#/print/slides?briefing=12`; without a briefing the page prints the one the app has open. */
export function printHash(kind: PrintKind, briefingId: number | null): string {
  return briefingId === null ? `#/print/${kind}` : `#/print/${kind}?briefing=${briefingId}`;
}

/** Slides a handout page holds: three, each beside its notes and annotations. */
export const handoutSlidesPerPage = 3;

/**
 * Page sizes in millimetres, as the route's CSS `@page` gives them. The slides are 16:9 at 13.333 × 7.5 in
 * (960 × 540 pt, PowerPoint's wide page); the handout is A4 portrait.
 */
export const printPageSizes: Readonly<Record<PrintKind, { readonly widthMm: number; readonly heightMm: number }>> = {
  slides: { widthMm: 338.7, heightMm: 190.5 },
  handout: { widthMm: 210, heightMm: 297 },
};

/**
 * `document.body.dataset.printReady`: 'true' once every chart has drawn and the fonts are loaded, 'error'
 * when the page cannot be printed (the briefing is gone); absent while it is being drawn.
 */
export type PrintReadyState = 'true' | 'error';

/**
 * A constant expression the shell evaluates in the print window (executeJavaScript) to poll readiness: the
 * flag, and what the page says went wrong when it is 'error' (Chinese, for the user). A PrintProbeResult.
 */
export const printStateProbe = '({ ready: document.body?.dataset.printReady ?? null, error: document.body?.dataset.printError ?? null })';
