/**
 * HTML as mammoth builds it before writing it (mammoth 1.x, html/ast.js, html/simplify.js and
 * writers/html-writer.js): elements, fresh ones never merged, non-fresh ones merged with an equal element
 * right before them; empty elements dropped unless kept (mammoth's forceWrite) or void; text escaped as
 * mammoth escapes it. docx-direct.ts builds a Word file's HTML with these, to be the HTML mammoth writes,
 * and docx.ts walks them as the DOM that HTML parses to (asDom).
 */
import { ELEMENT_NODE, TEXT_NODE, type DomNode } from './dom-node';

export interface HtmlElement {
  readonly type: 'element';
  readonly tag: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** A fresh element starts anew; a non-fresh one merges with an equal element right before it. */
  readonly fresh: boolean;
  /** mammoth's forceWrite: written even with no content (table cells, bookmarks). */
  readonly keep: boolean;
  /** The tags a non-fresh element merges with (a style map's ul|ol); its own tag alone when absent. */
  readonly mergesWith?: readonly string[];
  children: HtmlNode[];
}
export type HtmlNode = HtmlElement | { readonly type: 'text'; readonly value: string };

export const element = (
  tag: string,
  children: HtmlNode[],
  options: { fresh?: boolean; keep?: boolean; attributes?: Record<string, string>; mergesWith?: readonly string[] } = {},
): HtmlElement => ({
  type: 'element',
  tag,
  attributes: options.attributes ?? {},
  fresh: options.fresh ?? true,
  keep: options.keep ?? false,
  ...(options.mergesWith ? { mergesWith: options.mergesWith } : {}),
  children,
});
export const text = (value: string): HtmlNode => ({ type: 'text', value });

const VOID_TAGS = new Set(['br', 'hr', 'img', 'input']);

function removeEmpty(nodes: readonly HtmlNode[]): HtmlNode[] {
  return nodes.flatMap((node): HtmlNode[] => {
    if (node.type === 'text') return node.value.length === 0 ? [] : [node];
    const children = removeEmpty(node.children);
    return children.length === 0 && !node.keep && !VOID_TAGS.has(node.tag) ? [] : [{ ...node, children }];
  });
}

function collapse(nodes: readonly HtmlNode[]): HtmlNode[] {
  const out: HtmlNode[] = [];
  for (const node of nodes) appendCollapsed(out, node.type === 'element' ? { ...node, children: collapse(node.children) } : node);
  return out;
}

function appendCollapsed(into: HtmlNode[], node: HtmlNode): void {
  const last = into[into.length - 1];
  const merges = node.type === 'element' && !node.fresh && last?.type === 'element' && (node.mergesWith ?? [node.tag]).includes(last.tag);
  if (merges && sameAttributes(last.attributes, node.attributes)) {
    for (const child of node.children) appendCollapsed(last.children, child);
  } else into.push(node);
}

function sameAttributes(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

const escapeText = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function writeHtml(nodes: readonly HtmlNode[], out: string[]): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      out.push(escapeText(node.value));
      continue;
    }
    const attributes = Object.entries(node.attributes).map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`).join('');
    if (node.children.length === 0 && VOID_TAGS.has(node.tag)) out.push(`<${node.tag}${attributes} />`);
    else {
      out.push(`<${node.tag}${attributes}>`);
      writeHtml(node.children, out);
      out.push(`</${node.tag}>`);
    }
  }
}

/** The nodes simplified as mammoth does before writing them: empty ones dropped, then equal neighbours merged. */
export function simplifiedHtml(nodes: readonly HtmlNode[]): HtmlNode[] {
  return collapse(removeEmpty(nodes));
}

/** Simplified nodes (simplifiedHtml) written as mammoth writes them. */
export function writtenHtml(simplified: readonly HtmlNode[]): string {
  const out: string[] = [];
  writeHtml(simplified, out);
  return out.join('');
}

/**
 * Simplified nodes as the DOM their written HTML parses to, for html-blocks.ts: element names in capitals,
 * neighbouring text as one text node, a carriage return (alone or before a line feed) as \n, as the parser
 * normalises newlines. Text needs no unescaping: it was never escaped.
 */
export function asDom(simplified: readonly HtmlNode[]): DomNode {
  return elementView('body', {}, simplified);
}

function elementView(tag: string, attributes: Readonly<Record<string, string>>, children: readonly HtmlNode[]): DomNode {
  const childNodes = childViews(children);
  let content: string | undefined;
  return {
    nodeType: ELEMENT_NODE,
    nodeName: tag.toUpperCase(),
    childNodes,
    get textContent(): string {
      content ??= childNodes.map((child) => child.textContent ?? '').join('');
      return content;
    },
    getAttribute: (name: string): string | null => (Object.hasOwn(attributes, name) ? (attributes[name] ?? null) : null),
  };
}

function childViews(children: readonly HtmlNode[]): DomNode[] {
  const views: DomNode[] = [];
  let text: string | null = null;
  const flushText = (): void => {
    if (text !== null) views.push({ nodeType: TEXT_NODE, nodeName: '#text', textContent: text.replace(/\r\n?/gu, '\n'), childNodes: [] });
    text = null;
  };
  for (const child of children) {
    if (child.type === 'text') text = (text ?? '') + child.value;
    else {
      flushText();
      views.push(elementView(child.tag, child.attributes, child.children));
    }
  }
  flushText();
  return views;
}
