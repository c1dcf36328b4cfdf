/**
 * The HTML mammoth would make of a Word file, made directly from word/document.xml for the Word files most
 * reports are: paragraphs with heading styles, numbered and bulleted lists, runs with bold, italic,
 * strike-through, subscript and superscript, tabs and line breaks, bookmarks and plain tables. mammoth reads
 * a 1 MB report in about half a second (a DOM of the whole XML, then its own document tree); this reads it in
 * a few tens of milliseconds, and docx.ts walks the same elements (html-blocks.ts).
 *
 * The rules are mammoth's own (docx/body-reader.js, docx/numbering-xml.js, document-to-html.js,
 * html/simplify.js of mammoth 1.x): which elements make content, the style map (docx.ts's STYLE_MAP before
 * mammoth's defaults, its list rules included), how run properties nest; mammoth-html.ts drops empty elements
 * and merges adjacent ones as mammoth does, which is how list items become lists. Whatever this does not
 * implement — lists tied to styles, hyperlinks, fields, content controls, tracked changes, notes and
 * comments, drawings and text boxes, merged or header table cells — makes it give null, and docx.ts asks
 * mammoth itself. tests/unit/core/report/read/docx-direct.test.ts compares the two on Word files written by
 * the tests.
 */
import { element, simplifiedHtml, text, type HtmlElement, type HtmlNode } from './mammoth-html';
import { noNumbering, readNumbering, type ListLevel, type Numbering } from './docx-numbering';
import { attribute, childElements, firstChild, NotReadHere, parseXml, textOf, valueOf, type XmlElement } from './xml-tree';
import { zipEntries, type ZipEntries } from './zip-entries';

const WORD_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Elements mammoth makes content of, in ways this reader does not follow: their presence means "ask mammoth". */
const DEFER_TO_MAMMOTH = new Set([
  'w:fldChar', 'w:instrText', 'w:fldSimple', 'w:sym', 'w:hyperlink', 'w:footnoteReference', 'w:endnoteReference', 'w:commentReference',
  'mc:AlternateContent', 'w:sdt', 'w:customXml', 'w:ins', 'w:del', 'w:moveFrom', 'w:moveTo', 'w:moveFromRangeStart', 'w:moveFromRangeEnd',
  'w:moveToRangeStart', 'w:moveToRangeEnd', 'w:object', 'w:smartTag', 'w:drawing', 'w:pict', 'w:txbxContent', 'w:vMerge',
  'w:gridSpan', 'w:tblHeader', 'w:cr', 'w:altChunk', 'w:subDoc',
]);
/** A style that numbers its paragraphs: how mammoth's lists then come about is not followed here. */
const DEFER_IN_STYLES = new Set([...DEFER_TO_MAMMOTH, 'w:numPr']);
/** mammoth reads the fallback of alternate content in numbering.xml; not followed here. */
const DEFER_IN_NUMBERING = new Set(['mc:AlternateContent']);

interface Styles {
  /** Style names by style id, for paragraph and for character styles. */
  readonly paragraph: ReadonlyMap<string, string>;
  readonly character: ReadonlyMap<string, string>;
  /** Which numbering levels are lists, and of which kind. */
  readonly numbering: Numbering;
}

/**
 * The elements of the HTML mammoth would make of the Word file, as mammoth has them just before writing
 * (simplified; mammoth-html.ts's writtenHtml writes them), or null when the file holds what only mammoth reads.
 * docx.ts walks them as they are rather than writing them out and parsing the text again (a quarter of the
 * reading).
 */
export function directDocxNodes(bytes: Uint8Array): HtmlNode[] | null {
  try {
    const zip = zipEntries(bytes);
    if (!zip) return null;
    const decoder = new TextDecoder('utf-8', { fatal: true });
    if (!partsWhereWordPutsThem(zip, (part) => decoder.decode(part))) return null;
    const documentXml = zip.read('word/document.xml');
    if (!documentXml) return null;
    const numberingXml = zip.read('word/numbering.xml');
    const numberingText = numberingXml ? decoder.decode(numberingXml) : null;
    // A style that numbers its paragraphs makes them list items in mammoth: not followed here.
    if (numberingText?.includes('<w:pStyle')) return null;
    const numbering = numberingText === null ? noNumbering : readNumbering(wordRoot(parseXml(numberingText, DEFER_IN_NUMBERING), 'w:numbering'));
    const stylesXml = zip.read('word/styles.xml');
    const styles = { ...(stylesXml ? readStyles(parseXml(decoder.decode(stylesXml), DEFER_IN_STYLES)) : { paragraph: new Map(), character: new Map() }), numbering };
    const root = wordRoot(parseXml(decoder.decode(documentXml), DEFER_TO_MAMMOTH), 'w:document');
    const body = firstChild(root, 'w:body');
    if (!body) return null;
    return simplifiedHtml(body.children.flatMap((child) => blockContent(child, styles)));
  } catch {
    return null; // NotReadHere, or a damaged archive or XML: mammoth reads it, or gives the message
  }
}

/** A part's root element, which must be `name` in Word's namespace under the prefix w (the names looked up here). */
function wordRoot(parsed: XmlElement, name: string): XmlElement {
  const root = childElements(parsed)[0];
  if (root?.name !== name || attribute(root, 'xmlns:w') !== WORD_NAMESPACE) throw new NotReadHere();
  return root;
}

/**
 * mammoth finds the document, its styles and its numbering through the package's relationships; this reader
 * reads them where Word puts them. A file whose relationships say otherwise (a part elsewhere, or a part
 * present but not related, which mammoth would not read) is left to mammoth.
 */
function partsWhereWordPutsThem(zip: ZipEntries, decode: (bytes: Uint8Array) => string): boolean {
  const related = new Map<string, string>();
  for (const [path, base] of [['_rels/.rels', ''], ['word/_rels/document.xml.rels', 'word/']] as const) {
    const bytes = zip.read(path);
    if (!bytes) return false;
    const relationships = firstChild(parseXml(decode(bytes)), 'Relationships');
    for (const relationship of relationships ? childElements(relationships) : []) {
      const kind = attribute(relationship, 'Type')?.split('/').pop() ?? '';
      const target = (attribute(relationship, 'Target') ?? '').replace(/^\//, '');
      related.set(kind, target.startsWith(base) ? target : base + target);
    }
  }
  const partAt = (kind: string, path: string): boolean => (related.has(kind) ? related.get(kind) === path : !zip.has(path));
  return related.get('officeDocument') === 'word/document.xml' && partAt('styles', 'word/styles.xml') && partAt('numbering', 'word/numbering.xml');
}

function readStyles(root: XmlElement): Omit<Styles, 'numbering'> {
  const paragraph = new Map<string, string>();
  const character = new Map<string, string>();
  const styles = firstChild(root, 'w:styles');
  for (const style of styles ? childElements(styles) : []) {
    if (style.name !== 'w:style') continue;
    const id = attribute(style, 'w:styleId');
    const name = valueOf(firstChild(style, 'w:name'));
    if (id === undefined || name === undefined) continue;
    const type = attribute(style, 'w:type');
    if (type === 'paragraph') paragraph.set(id, name);
    else if (type === 'character') character.set(id, name);
  }
  return { paragraph, character };
}

/** Body, cell and paragraph children alike: what mammoth makes of an element (nothing for those it ignores). */
function blockContent(node: XmlElement | string, styles: Styles): HtmlNode[] {
  if (typeof node === 'string') return [];
  switch (node.name) {
    case 'w:p':
      return [paragraph(node, styles)];
    case 'w:tbl':
      return [table(node, styles)];
    case 'w:bookmarkStart':
      return bookmark(node);
    default:
      return [];
  }
}

function bookmark(node: XmlElement): HtmlNode[] {
  const name = attribute(node, 'w:name');
  return name === '_GoBack' ? [] : [element('a', [], { keep: true, attributes: { id: name ?? '' } })];
}

/** Styles mammoth's default map makes plain paragraphs before its list rules (notes and comments). */
const NOTE_STYLES = new Set(['FOOTNOTE TEXT', 'ENDNOTE TEXT', 'ANNOTATION TEXT', 'FOOTNOTE', 'ENDNOTE']);
/** mammoth's default map has list rules for the first five levels: ordered-list(1)…(5), unordered-list(1)…(5). */
const LIST_LEVELS = 5;

/**
 * The element a paragraph's style maps to by docx.ts's STYLE_MAP, then by mammoth's default map up to its list
 * rules; null when no such rule matches (a list item, if the paragraph is one, else a paragraph). Names compare
 * without case, as mammoth's do.
 */
function styledTag(styleId: string | undefined, styleName: string | undefined): { tag: string; attributes?: Record<string, string> } | null {
  const name = styleName?.toUpperCase();
  if (name === 'TITLE' || name === '标题') return { tag: 'h1', attributes: { class: 'doc-title' } };
  if (name === 'SUBTITLE' || name === '副标题') return { tag: 'p' };
  for (let level = 1; level <= 6; level++) {
    if (name === `HEADING ${level}` || name === `标题 ${level}` || styleId === `Heading${level}`) return { tag: `h${Math.min(6, level + 1)}` };
  }
  if (styleId === 'Heading' || name === 'HEADING') return { tag: 'h1' };
  if (name !== undefined && NOTE_STYLES.has(name)) return { tag: 'p' };
  return null;
}

/**
 * A list item as mammoth's default map nests it: level 1 `ol > li:fresh` (or ul), level n the same inside
 * n − 1 times `ul|ol > li`. Only the item is fresh: the lists and items around it merge with the ones the
 * paragraph before made, which is how consecutive items become one list.
 */
function listItem(list: ListLevel, depth: number, children: HtmlNode[]): HtmlElement {
  let node = element(list.isOrdered ? 'ol' : 'ul', [element('li', children)], { fresh: false });
  for (let outer = 0; outer < depth; outer++) node = element('ul', [element('li', [node], { fresh: false })], { fresh: false, mergesWith: ['ul', 'ol'] });
  return node;
}

function paragraph(node: XmlElement, styles: Styles): HtmlElement {
  const properties = firstChild(node, 'w:pPr');
  const styleId = valueOf(firstChild(properties, 'w:pStyle'));
  const children = node.children.flatMap((child): HtmlNode[] => {
    if (typeof child === 'string') return [];
    if (child.name === 'w:r') return run(child, styles);
    if (child.name === 'w:bookmarkStart') return bookmark(child);
    if (child.name === 'w:tbl' || child.name === 'w:p') throw new NotReadHere();
    return [];
  });
  const styled = styledTag(styleId, styleId === undefined ? undefined : styles.paragraph.get(styleId));
  if (styled) return element(styled.tag, children, styled.attributes ? { attributes: styled.attributes } : {});
  const numbered = firstChild(properties, 'w:numPr');
  const list = numbered ? styles.numbering.levelOf(valueOf(firstChild(numbered, 'w:numId')), valueOf(firstChild(numbered, 'w:ilvl'))) : null;
  // mammoth compares the level loosely with the rule's index (numbering.level == levelIndex).
  const depth = list ? Number(list.level) : NaN;
  if (list && Number.isInteger(depth) && depth >= 0 && depth < LIST_LEVELS) return listItem(list, depth, children);
  return element('p', children);
}

const isOn = (property: XmlElement | undefined): boolean => {
  if (!property) return false;
  const value = valueOf(property);
  return value !== 'false' && value !== '0';
};

/** A run's content wrapped as mammoth does: s, then sub/sup, em, strong, and the run style's path outermost. */
function run(node: XmlElement, styles: Styles): HtmlNode[] {
  const properties = firstChild(node, 'w:rPr');
  let nodes: HtmlNode[] = node.children.flatMap((child): HtmlNode[] => {
    if (typeof child === 'string') return [];
    switch (child.name) {
      case 'w:t':
        return [text(textOf(child))];
      case 'w:tab':
        return [text('\t')];
      case 'w:noBreakHyphen':
        return [text('\u2011')];
      case 'w:softHyphen':
        return [text('\u00AD')];
      case 'w:br': {
        const type = attribute(child, 'w:type');
        if (type === undefined || type === 'textWrapping') return [element('br', [])];
        if (type === 'page' || type === 'column') return [];
        throw new NotReadHere();
      }
      case 'w:bookmarkStart':
        return bookmark(child);
      default:
        return [];
    }
  });
  const wrap = (tag: string): void => {
    nodes = [element(tag, nodes, { fresh: false })];
  };
  if (isOn(firstChild(properties, 'w:strike'))) wrap('s');
  const vertical = valueOf(firstChild(properties, 'w:vertAlign'));
  if (vertical === 'subscript') wrap('sub');
  if (vertical === 'superscript') wrap('sup');
  if (isOn(firstChild(properties, 'w:i'))) wrap('em');
  if (isOn(firstChild(properties, 'w:b'))) wrap('strong');
  const runStyle = valueOf(firstChild(properties, 'w:rStyle'));
  if (runStyle !== undefined && styles.character.get(runStyle)?.toUpperCase() === 'STRONG') wrap('strong');
  return nodes;
}

function table(node: XmlElement, styles: Styles): HtmlElement {
  const rows = childElements(node).flatMap((child): HtmlNode[] => {
    if (child.name === 'w:tr') return [tableRow(child, styles)];
    if (child.name === 'w:tblPr' || child.name === 'w:tblGrid') return [];
    throw new NotReadHere(); // mammoth keeps other elements among the rows; not followed here
  });
  return element('table', rows, { keep: true });
}

function tableRow(node: XmlElement, styles: Styles): HtmlElement {
  const cells = childElements(node).flatMap((child): HtmlNode[] => {
    if (child.name === 'w:tc') return [element('td', child.children.flatMap((content) => blockContent(content, styles)), { keep: true })];
    if (child.name === 'w:trPr' || child.name === 'w:tblPrEx') return [];
    throw new NotReadHere();
  });
  return element('tr', cells, { keep: true });
}
