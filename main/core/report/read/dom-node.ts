/**
 * The DOM nodes the HTML readers walk (html-blocks.ts, table-rows.ts): linkedom's and the browser's alike, and
 * mammoth-html.ts's view of a Word file's elements. Only what the walk reads.
 */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

/** Node.ELEMENT_NODE and Node.TEXT_NODE: there is no `Node` global in Node.js. */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
