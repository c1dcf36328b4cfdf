import { closestNode, paragraphRangeOf, pointAtOffset, type ParagraphLookup, type ParagraphRange, type TextTreeNode } from './selection-offsets';

/**
 * The source view's DOM as the annotation tools see it: paragraphs are the elements marked
 * `data-paragraph-id` inside `.source-text`, their text rendered by RichText.
 */
export const sourceTextSelector = '.source-text';

const paragraphIdOf = (node: TextTreeNode): number | null => {
  if (!(node instanceof HTMLElement) || !node.closest(sourceTextSelector)) return null;
  const id = Number(node.dataset.paragraphId);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
};

export const findParagraph: ParagraphLookup = (node) => {
  const root = closestNode(node, (candidate) => paragraphIdOf(candidate) !== null);
  const id = root ? paragraphIdOf(root) : null;
  return root && id !== null ? { root, id } : null;
};

export function paragraphElement(paragraphId: number): HTMLElement | null {
  return document.querySelector<HTMLElement>(`${sourceTextSelector} [data-paragraph-id="${paragraphId}"]`);
}

/** A DOM Range over plain-text offsets `start`–`end` of a paragraph (for CSS highlights). */
export function rangeInParagraph(element: HTMLElement, start: number, end: number): Range | null {
  const from = pointAtOffset(element, start);
  const to = pointAtOffset(element, end);
  if (!from || !to || !(from.node instanceof Node) || !(to.node instanceof Node)) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

export interface SourceSelection extends ParagraphRange {
  readonly quote: string;
  /** Where the selection ends on screen, to put the 添加批注 button beside it. */
  readonly rect: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
}

/** The reader's selection in the source view as offsets into one paragraph, or null when there is none. */
export function readSourceSelection(selection: Selection | null): SourceSelection | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const found = paragraphRangeOf(
    { node: range.startContainer, offset: range.startOffset },
    { node: range.endContainer, offset: range.endOffset },
    findParagraph,
  );
  if (!found) return null;
  const element = paragraphElement(found.paragraphId);
  const quote = element?.textContent?.slice(found.start, found.end) ?? '';
  if (quote.trim() === '') return null;
  const rects = range.getClientRects();
  const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
  return { ...found, quote, rect: { top: last.top, bottom: last.bottom, left: last.left, right: last.right } };
}
