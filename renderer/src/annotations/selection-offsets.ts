/**
 * Between a selection in the source view and offsets into a paragraph's plain text. RichText renders a
 * paragraph's text as text nodes in order (plain spans, sub/sup, figure marks), so the offset of a point is
 * the length of all text before it inside the paragraph. Written against the few node properties it reads,
 * so it runs (and is tested) without a DOM; real DOM nodes fit the same shape.
 */

export interface TextTreeNode {
  /** 3 for a text node (Node.TEXT_NODE). */
  readonly nodeType: number;
  /** The text of a text node. */
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<TextTreeNode>;
  readonly parentNode: TextTreeNode | null;
}

/** A point in the tree as a DOM Range or Selection gives it: a text node and a character offset, or an element and a child index. */
export interface TreePoint {
  readonly node: TextTreeNode;
  readonly offset: number;
}

const textNode = 3;

function textLength(node: TextTreeNode): number {
  if (node.nodeType === textNode) return node.nodeValue?.length ?? 0;
  let total = 0;
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i];
    if (child) total += textLength(child);
  }
  return total;
}

/** Length of the text before `node` inside `root`; null when `node` is not inside `root`. */
function textBefore(root: TextTreeNode, node: TextTreeNode): number | null {
  let total = 0;
  let current = node;
  while (current !== root) {
    const parent = current.parentNode;
    if (!parent) return null;
    for (let i = 0; i < parent.childNodes.length; i++) {
      const sibling = parent.childNodes[i];
      if (sibling === current) break;
      if (sibling) total += textLength(sibling);
    }
    current = parent;
  }
  return total;
}

/** The plain-text offset of a point inside `root`, or null when the point is outside it. */
export function textOffsetOf(root: TextTreeNode, point: TreePoint): number | null {
  const before = textBefore(root, point.node);
  if (before === null) return null;
  if (point.node.nodeType === textNode) return before + Math.min(Math.max(0, point.offset), textLength(point.node));
  let inside = 0;
  for (let i = 0; i < Math.min(point.offset, point.node.childNodes.length); i++) {
    const child = point.node.childNodes[i];
    if (child) inside += textLength(child);
  }
  return before + inside;
}

/** The text node and offset at plain-text offset `offset` of `root` (for building a Range to highlight). */
export function pointAtOffset(root: TextTreeNode, offset: number): TreePoint | null {
  let remaining = Math.max(0, offset);
  let last: TreePoint | null = null;
  // Depth first, in document order, without recursion (a paragraph is flat, but nothing relies on it).
  const pending: TextTreeNode[] = [root];
  while (pending.length > 0) {
    const node = pending.pop();
    if (!node) break;
    if (node.nodeType !== textNode) {
      for (let i = node.childNodes.length - 1; i >= 0; i--) {
        const child = node.childNodes[i];
        if (child) pending.push(child);
      }
      continue;
    }
    const length = node.nodeValue?.length ?? 0;
    // An offset on the boundary of two nodes goes to the start of the next one (unless it is the end).
    if (remaining < length) return { node, offset: remaining };
    remaining -= length;
    last = { node, offset: length };
  }
  return remaining === 0 ? last : null;
}

export interface ParagraphRange {
  readonly paragraphId: number;
  readonly start: number;
  readonly end: number;
}

/** Finds the paragraph a node is in: its root node and id (the source view marks them `data-paragraph-id`). */
export type ParagraphLookup = (node: TextTreeNode) => { readonly root: TextTreeNode; readonly id: number } | null;

/**
 * A selection (start and end in document order) as offsets into one paragraph. A note quotes one
 * paragraph, so a selection running into the next is cut at the end of the paragraph it starts in; one
 * that starts before any paragraph (a heading) starts at the beginning of the paragraph it ends in.
 * Null when nothing of a paragraph is selected.
 */
export function paragraphRangeOf(start: TreePoint, end: TreePoint, paragraphOf: ParagraphLookup): ParagraphRange | null {
  const first = paragraphOf(start.node);
  const last = paragraphOf(end.node);
  const paragraph = first ?? last;
  if (!paragraph) return null;
  const from = first ? textOffsetOf(paragraph.root, start) : 0;
  const to = last && last.id === paragraph.id ? textOffsetOf(paragraph.root, end) : textLength(paragraph.root);
  if (from === null || to === null || to <= from) return null;
  return { paragraphId: paragraph.id, start: from, end: to };
}

/** Walk up from `node` to the nearest node `isRoot` accepts. */
export function closestNode(node: TextTreeNode, isRoot: (candidate: TextTreeNode) => boolean): TextTreeNode | null {
  for (let current: TextTreeNode | null = node; current; current = current.parentNode) if (isRoot(current)) return current;
  return null;
}
