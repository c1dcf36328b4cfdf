/**
 * A small XML tree for the parts of an Office file: elements with their raw attribute text, and text. Enough
 * for what Word writes (no DTD, no CDATA); anything else, or an element the caller refuses, throws
 * NotReadHere, and the caller reads the file another way.
 */

export class NotReadHere extends Error {}

export interface XmlElement {
  readonly name: string;
  readonly attributes: string;
  readonly children: (XmlElement | string)[];
}

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;

export function parseXml(xml: string, refused: ReadonlySet<string> = new Set()): XmlElement {
  const root: XmlElement = { name: '#document', attributes: '', children: [] };
  const stack: XmlElement[] = [root];
  let at = 0;
  while (at < xml.length) {
    const open = xml.indexOf('<', at);
    const textEnd = open === -1 ? xml.length : open;
    if (textEnd > at) stack[stack.length - 1]?.children.push(decodeEntities(xml.slice(at, textEnd)));
    if (open === -1) break;
    if (xml.startsWith('<?', open)) {
      at = xml.indexOf('?>', open) + 2;
    } else if (xml.startsWith('<!--', open)) {
      at = xml.indexOf('-->', open) + 3;
    } else if (xml.startsWith('<!', open)) {
      throw new NotReadHere(); // CDATA, DOCTYPE: not in what Word writes
    } else {
      TAG.lastIndex = open;
      const tag = TAG.exec(xml);
      if (!tag) throw new NotReadHere();
      const [whole, closing, name = '', attributes = '', selfClosing] = tag;
      if (closing) {
        if (stack.pop()?.name !== name) throw new NotReadHere();
      } else {
        if (refused.has(name)) throw new NotReadHere();
        const element: XmlElement = { name, attributes, children: [] };
        stack[stack.length - 1]?.children.push(element);
        if (!selfClosing) stack.push(element);
      }
      at = open + whole.length;
    }
    if (at < open) throw new NotReadHere(); // an unterminated comment or declaration
  }
  if (stack.length !== 1) throw new NotReadHere();
  return root;
}

const ENTITY = /&(?:#(\d+)|#x([\da-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (text.includes('\r')) throw new NotReadHere(); // line ends an XML parser would normalise
  if (!text.includes('&')) return text;
  if (text.replace(ENTITY, '').includes('&')) throw new NotReadHere(); // an entity XML does not define
  return text.replace(ENTITY, (_, decimal?: string, hex?: string, name?: string) =>
    name ? (NAMED[name] ?? '') : String.fromCodePoint(decimal ? Number(decimal) : Number.parseInt(hex ?? '0', 16)),
  );
}

const attributePatterns = new Map<string, RegExp>();

export function attribute(element: XmlElement, name: string): string | undefined {
  if (element.attributes === '') return undefined;
  let pattern = attributePatterns.get(name);
  if (!pattern) attributePatterns.set(name, (pattern = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const match = pattern.exec(element.attributes);
  return match ? decodeEntities(match[1] ?? match[2] ?? '') : undefined;
}

/** An element's w:val, as most of Word's properties hold their value. */
export const valueOf = (element: XmlElement | undefined): string | undefined => (element ? attribute(element, 'w:val') : undefined);

export const childElements = (element: XmlElement): XmlElement[] => element.children.filter((child): child is XmlElement => typeof child !== 'string');
export const firstChild = (element: XmlElement | undefined, name: string): XmlElement | undefined => element && childElements(element).find((child) => child.name === name);
export const textOf = (element: XmlElement): string => element.children.filter((child): child is string => typeof child === 'string').join('');
