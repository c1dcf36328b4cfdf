/**
 * An HTML tree (a Word file converted by mammoth, or a web page's article) as the document's blocks:
 * h1–h6 headings, paragraphs with <sub>/<sup> kept as marks, and each table row as one paragraph that
 * reads as a sentence ("2024年地区生产总值25000亿元，…"), so figures can be read from it.
 */
import { escapeInline, escapeLineStart, flattenLines, type DocBlock } from './compose';
import { ELEMENT_NODE, TEXT_NODE, type DomNode } from './dom-node';
import { tableRowTexts } from './table-rows';

/** Elements whose content is never report text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'textarea', 'iframe', 'svg', 'img', 'video', 'audio', 'canvas', 'object', 'input', 'label', 'menu']);
/** Elements that make a block of their own. */
const BLOCKS = new Set(['p', 'li', 'dt', 'dd', 'pre', 'figcaption', 'caption', 'address', 'center']);
/** Elements whose children are blocks or inline runs, walked through. */
const CONTAINERS = new Set(['html', 'body', 'div', 'section', 'article', 'main', 'ul', 'ol', 'dl', 'blockquote', 'figure', 'details', 'summary', 'hgroup', 'fieldset']);

export function htmlBlocks(root: DomNode): DocBlock[] {
  const blocks: DocBlock[] = [];
  walk(root, blocks);
  return blocks.filter((block) => block.text !== '');
}

function tagOf(node: DomNode): string {
  return node.nodeName.toLowerCase();
}

function walk(node: DomNode, into: DocBlock[]): void {
  let run: DomNode[] = []; // inline content directly inside a container (text in a <div>)
  const flush = (): void => {
    if (run.length > 0) into.push(inlineBlock(run, 'paragraph', 0));
    run = [];
  };
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === TEXT_NODE) {
      run.push(child);
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const tag = tagOf(child);
    const hidden = child.getAttribute?.('hidden');
    if (SKIPPED.has(tag) || (hidden !== null && hidden !== undefined)) continue;
    const heading = /^h([1-6])$/u.exec(tag);
    if (heading) {
      flush();
      const isTitle = /\bdoc-title\b/u.test(child.getAttribute?.('class') ?? '');
      into.push(inlineBlock([child], isTitle ? 'title' : 'heading', Number(heading[1])));
    } else if (tag === 'table') {
      flush();
      for (const text of tableRowTexts(child)) into.push({ kind: 'paragraph', level: 0, markdown: escapeLineStart(escapeInline(text)), text });
    } else if (BLOCKS.has(tag) || tag === 'hr') {
      flush();
      if (tag !== 'hr') into.push(inlineBlock([child], 'paragraph', 0));
    } else if (CONTAINERS.has(tag) || hasBlockChild(child)) {
      flush();
      walk(child, into);
    } else run.push(child);
  }
  flush();
}

/** An inline-looking element (a <span>, a <font>) that holds blocks is walked as a container. */
function hasBlockChild(node: DomNode): boolean {
  return Array.from(node.childNodes).some((child) => {
    if (child.nodeType !== ELEMENT_NODE) return false;
    const tag = tagOf(child);
    return BLOCKS.has(tag) || CONTAINERS.has(tag) || tag === 'table' || /^h[1-6]$/u.test(tag);
  });
}

function inlineBlock(nodes: readonly DomNode[], kind: DocBlock['kind'], level: number): DocBlock {
  const out = { markdown: '', text: '' };
  for (const node of nodes) appendInline(node, out);
  const text = flattenLines(out.text);
  // Trimmed alike: escaping only adds backslashes before characters that are never white space.
  return { kind, level, text, markdown: escapeLineStart(flattenLines(out.markdown)) };
}

function appendInline(node: DomNode, out: { markdown: string; text: string }): void {
  if (node.nodeType === TEXT_NODE) {
    // HTML white space: a run is one space, and a run that holds a line break stays a break (a layout artefact).
    const text = (node.textContent ?? '').replace(/\u00A0/gu, ' ').replace(/[ \t\r\n\f]+/gu, (blank) => (blank.includes('\n') ? '\n' : ' '));
    out.text += text;
    out.markdown += escapeInline(text);
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const tag = tagOf(node);
  if (SKIPPED.has(tag)) return;
  if (tag === 'br') {
    out.text += '\n';
    out.markdown += '\n';
    return;
  }
  const mark = tag === 'sub' || tag === 'sup' ? tag : null;
  if (mark) out.markdown += `<${mark}>`;
  for (const child of Array.from(node.childNodes)) appendInline(child, out);
  if (mark) out.markdown += `</${mark}>`;
}
