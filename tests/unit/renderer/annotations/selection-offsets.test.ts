import { describe, expect, it } from 'vitest';
import {
  closestNode,
  paragraphRangeOf,
  pointAtOffset,
  textOffsetOf,
  type ParagraphLookup,
  type TextTreeNode,
} from '../../../../renderer/src/annotations/selection-offsets';

/** A DOM-free stand-in for the nodes RichText renders: elements with children, and text nodes. */
interface FakeNode extends TextTreeNode {
  readonly name: string;
  childNodes: FakeNode[];
  parentNode: FakeNode | null;
  paragraphId?: number;
}

const text = (value: string): FakeNode => ({ name: '#text', nodeType: 3, nodeValue: value, childNodes: [], parentNode: null });
function element(name: string, children: FakeNode[], paragraphId?: number): FakeNode {
  const node: FakeNode = { name, nodeType: 1, nodeValue: null, childNodes: children, parentNode: null, paragraphId };
  for (const child of children) child.parentNode = node;
  return node;
}

/**
 * 城镇新增就业累计103.8万人，CO₂ 减排 — rendered as RichText does: plain spans, a figure <mark>, a <sub>.
 * Plain text: "城镇新增就业累计103.8万人，CO2减排" (the paragraph's `text`, 21 characters).
 */
function paragraph(id: number) {
  const lead = text('城镇新增就业累计');
  const number = text('103.8');
  const after = text('万人，CO');
  const two = text('2');
  const tail = text('减排');
  const root = element('p', [element('span', [lead]), element('mark', [number]), element('span', [after]), element('sub', [two]), element('span', [tail])], id);
  return { root, lead, number, after, two, tail };
}

const lookupIn =
  (...roots: FakeNode[]): ParagraphLookup =>
  (node) => {
    const root = closestNode(node, (candidate) => roots.includes(candidate as FakeNode));
    const id = (root as FakeNode | null)?.paragraphId;
    return root && id !== undefined ? { root, id } : null;
  };

describe('offsets of a selection in a paragraph', () => {
  it('counts the text of every node before the point, marks and sub/sup included', () => {
    const p = paragraph(7);
    expect(textOffsetOf(p.root, { node: p.lead, offset: 4 })).toBe(4); // 城镇新增|就业
    expect(textOffsetOf(p.root, { node: p.number, offset: 0 })).toBe(8); // start of 103.8
    expect(textOffsetOf(p.root, { node: p.number, offset: 5 })).toBe(13);
    expect(textOffsetOf(p.root, { node: p.two, offset: 1 })).toBe(19); // after the subscript 2
  });

  it('reads an element point as "before child n", as a DOM Range does', () => {
    const p = paragraph(7);
    expect(textOffsetOf(p.root, { node: p.root, offset: 0 })).toBe(0);
    expect(textOffsetOf(p.root, { node: p.root, offset: 2 })).toBe(13); // after the <mark>
    expect(textOffsetOf(p.root, { node: p.root, offset: 5 })).toBe(21); // the end
  });

  it('is null for a point outside the paragraph', () => {
    const p = paragraph(7);
    const other = paragraph(8);
    expect(textOffsetOf(p.root, { node: other.lead, offset: 1 })).toBeNull();
  });

  it('maps a selection inside one paragraph to its offsets', () => {
    const p = paragraph(7);
    const range = paragraphRangeOf({ node: p.lead, offset: 4 }, { node: p.number, offset: 5 }, lookupIn(p.root));
    expect(range).toEqual({ paragraphId: 7, start: 4, end: 13 }); // 就业累计103.8
  });

  it('cuts a selection that runs into the next paragraph at the end of the first', () => {
    const first = paragraph(7);
    const second = paragraph(8);
    const range = paragraphRangeOf({ node: first.after, offset: 0 }, { node: second.lead, offset: 2 }, lookupIn(first.root, second.root));
    expect(range).toEqual({ paragraphId: 7, start: 13, end: 21 });
  });

  it('starts a selection begun outside any paragraph (a heading) at the start of the paragraph it ends in', () => {
    const p = paragraph(7);
    const heading = element('h3', [text('基本民生')]);
    const headingText = heading.childNodes[0] as FakeNode;
    const range = paragraphRangeOf({ node: headingText, offset: 1 }, { node: p.lead, offset: 2 }, lookupIn(p.root));
    expect(range).toEqual({ paragraphId: 7, start: 0, end: 2 });
  });

  it('is null when nothing of a paragraph is selected', () => {
    const p = paragraph(7);
    const heading = element('h3', [text('基本民生')]);
    const headingText = heading.childNodes[0] as FakeNode;
    expect(paragraphRangeOf({ node: headingText, offset: 0 }, { node: headingText, offset: 2 }, lookupIn(p.root))).toBeNull();
    expect(paragraphRangeOf({ node: p.lead, offset: 3 }, { node: p.lead, offset: 3 }, lookupIn(p.root))).toBeNull();
  });
});

describe('the node at an offset (for highlighting a passage)', () => {
  it('finds the text node and offset, across element boundaries', () => {
    const p = paragraph(7);
    expect(pointAtOffset(p.root, 0)).toEqual({ node: p.lead, offset: 0 });
    expect(pointAtOffset(p.root, 10)).toEqual({ node: p.number, offset: 2 });
    // On a boundary the point goes to the start of the next node…
    expect(pointAtOffset(p.root, 8)).toEqual({ node: p.number, offset: 0 });
    // …except at the very end.
    expect(pointAtOffset(p.root, 21)).toEqual({ node: p.tail, offset: 2 });
    expect(pointAtOffset(p.root, 22)).toBeNull();
  });

  it('round-trips with textOffsetOf', () => {
    const p = paragraph(7);
    for (let offset = 0; offset <= 21; offset++) {
      const point = pointAtOffset(p.root, offset);
      expect(point && textOffsetOf(p.root, point)).toBe(offset);
    }
  });
});
