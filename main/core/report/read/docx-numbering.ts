/**
 * Which paragraphs of a Word file are list items, read as mammoth 1.x reads them (docx/numbering-xml.js and
 * readNumberingProperties in docx/body-reader.js), so that docx-direct.ts makes the same lists mammoth does.
 * A paragraph's own w:numPr names a numbering (w:numId) and a level (w:ilvl, 0 when absent); the numbering's
 * abstract definition says whether that level is a bullet (ul) or numbered (ol). What mammoth reads further —
 * a numbering linked to a numbering style — is not followed: reading gives up (NotReadHere).
 */
import { attribute, childElements, firstChild, NotReadHere, valueOf, type XmlElement } from './xml-tree';

export interface ListLevel {
  /** Any number format but a bullet: mammoth's `isOrdered`. */
  readonly isOrdered: boolean;
  /** The level's w:ilvl as written ('0' for the first level). */
  readonly level: string;
}

export interface Numbering {
  /** The list level of a paragraph whose w:numPr holds this w:numId and w:ilvl; null when it is no list item. */
  levelOf(numId: string | undefined, ilvl: string | undefined): ListLevel | null;
}

interface AbstractNum {
  readonly levels: ReadonlyMap<string, ListLevel>;
  readonly numStyleLink: string | undefined;
}

/** A Word file without numbering.xml: no paragraph is a list item. */
export const noNumbering: Numbering = { levelOf: () => null };

/** word/numbering.xml's root element (w:numbering), parsed. */
export function readNumbering(root: XmlElement): Numbering {
  const abstractNums = new Map<string, AbstractNum>();
  for (const element of childrenNamed(root, 'w:abstractNum')) {
    const id = attribute(element, 'w:abstractNumId');
    if (id !== undefined) abstractNums.set(id, readAbstractNum(element));
  }
  const nums = new Map<string, string | undefined>();
  for (const element of childrenNamed(root, 'w:num')) {
    const numId = attribute(element, 'w:numId');
    const abstractNumId = firstChild(element, 'w:abstractNumId');
    if (!abstractNumId) throw new NotReadHere(); // mammoth fails on it: let it say so
    if (numId !== undefined) nums.set(numId, valueOf(abstractNumId));
  }
  const findLevel = (numId: string, level: string): ListLevel | null => {
    if (!nums.has(numId)) return null;
    const abstractNum = abstractNums.get(nums.get(numId) ?? '');
    if (!abstractNum) return null;
    if (abstractNum.numStyleLink !== undefined) throw new NotReadHere();
    return abstractNum.levels.get(level) ?? null;
  };
  return {
    levelOf(numId, ilvl) {
      if (numId === undefined) return null;
      // A w:numPr without a w:ilvl is read as the first level, as mammoth reads it.
      return findLevel(numId, ilvl ?? '0');
    },
  };
}

function readAbstractNum(element: XmlElement): AbstractNum {
  const levels = new Map<string, ListLevel>();
  let levelWithoutIndex: ListLevel | null = null;
  for (const levelElement of childrenNamed(element, 'w:lvl')) {
    const isOrdered = valueOf(firstChild(levelElement, 'w:numFmt')) !== 'bullet';
    const index = attribute(levelElement, 'w:ilvl');
    if (index === undefined) levelWithoutIndex = { isOrdered, level: '0' };
    else levels.set(index, { isOrdered, level: index });
  }
  if (levelWithoutIndex !== null && !levels.has('0')) levels.set('0', levelWithoutIndex);
  return { levels, numStyleLink: valueOf(firstChild(element, 'w:numStyleLink')) };
}

/** An element's children of a name, in order (mammoth's getElementsByTagName looks no deeper). */
const childrenNamed = (element: XmlElement, name: string): XmlElement[] => childElements(element).filter((child) => child.name === name);
