/**
 * Plain text that remembers, for each of its UTF-16 code units, the span of the source it came from.
 */
import type { TextMark } from '../../../shared/report';

/** Source span of each character of a paragraph's plain text: char i came from source[startOf(i), endOf(i)). */
export interface ParagraphSourceMap {
  readonly length: number;
  /** Undefined past either end of the text. */
  startOf(index: number): number | undefined;
  endOf(index: number): number | undefined;
}

/** Plain text with the source span of each of its characters. */
export interface MappedText {
  readonly text: string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly marks: TextMark[];
}

/**
 * The map a paragraph keeps, as small as it can be: most paragraphs are their source verbatim (no markup, no
 * rejoined break), so that character i came from source[first + i]; per character, a 5 MB report's maps took
 * 14 MB for offsets that one number gives.
 */
export function paragraphSourceMap({ starts, ends }: Pick<MappedText, 'starts' | 'ends'>): ParagraphSourceMap {
  const first = starts[0] ?? 0;
  for (let i = 0; i < starts.length; i++) {
    if (starts[i] !== first + i || ends[i] !== first + i + 1) return new PerCharacterMap(starts, ends);
  }
  return new VerbatimMap(first, starts.length);
}

class VerbatimMap implements ParagraphSourceMap {
  constructor(
    private readonly first: number,
    readonly length: number,
  ) {}

  startOf(index: number): number | undefined {
    return index >= 0 && index < this.length ? this.first + index : undefined;
  }

  endOf(index: number): number | undefined {
    return index >= 0 && index < this.length ? this.first + index + 1 : undefined;
  }
}

class PerCharacterMap implements ParagraphSourceMap {
  constructor(
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
  ) {}

  get length(): number {
    return this.starts.length;
  }

  startOf(index: number): number | undefined {
    return this.starts[index];
  }

  endOf(index: number): number | undefined {
    return this.ends[index];
  }
}

/**
 * Plain text being built, one UTF-16 code unit at a time with its source span. Code units and offsets go
 * into growable typed arrays and the string is made once at the end: a string grown by += and plain arrays
 * grown by push degrade badly in optimised code for very long paragraphs (hundreds of kilobytes).
 */
export class TextBuilder {
  private units = new Uint16Array(256);
  private startOffsets = new Int32Array(256);
  private endOffsets = new Int32Array(256);
  length = 0;
  readonly marks: TextMark[] = [];

  push(unit: number, start: number, end: number): void {
    if (this.length === this.units.length) this.grow();
    this.units[this.length] = unit;
    this.startOffsets[this.length] = start;
    this.endOffsets[this.length] = end;
    this.length++;
  }

  last(): string {
    return this.length === 0 ? '' : String.fromCharCode(this.units[this.length - 1] ?? 0);
  }

  build(): MappedText {
    let text = '';
    const chunk = 8192; // String.fromCharCode takes its code units as arguments: keep the call small
    for (let i = 0; i < this.length; i += chunk) text += String.fromCharCode(...this.units.subarray(i, Math.min(this.length, i + chunk)));
    return { text, starts: this.startOffsets.slice(0, this.length), ends: this.endOffsets.slice(0, this.length), marks: this.marks };
  }

  private grow(): void {
    const size = this.units.length * 2;
    const units = new Uint16Array(size);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    units.set(this.units);
    starts.set(this.startOffsets);
    ends.set(this.endOffsets);
    this.units = units;
    this.startOffsets = starts;
    this.endOffsets = ends;
  }
}

/** The text without leading and trailing white space, its map and marks cut to match. */
export function trimMapped(mapped: MappedText): MappedText {
  let from = 0;
  let to = mapped.text.length;
  while (from < to && /\s/.test(mapped.text.charAt(from))) from++;
  while (to > from && /\s/.test(mapped.text.charAt(to - 1))) to--;
  if (from === 0 && to === mapped.text.length) return mapped;
  return {
    text: mapped.text.slice(from, to),
    starts: mapped.starts.slice(from, to),
    ends: mapped.ends.slice(from, to),
    marks: mapped.marks
      .map((mark) => ({ ...mark, start: Math.max(from, mark.start) - from, end: Math.min(to, mark.end) - from }))
      .filter((mark) => mark.end > mark.start),
  };
}

function concatOffsets(first: Int32Array, second: Int32Array): Int32Array {
  const joined = new Int32Array(first.length + second.length);
  joined.set(first);
  joined.set(second, first.length);
  return joined;
}

/** `first` followed by `second`, with the marks of `second` shifted along. */
export function concatMapped(first: MappedText, second: MappedText): MappedText {
  const shift = first.text.length;
  return {
    text: first.text + second.text,
    starts: concatOffsets(first.starts, second.starts),
    ends: concatOffsets(first.ends, second.ends),
    marks: [...first.marks, ...second.marks.map((mark) => ({ ...mark, start: mark.start + shift, end: mark.end + shift }))],
  };
}

/** The text without its first `count` code units, its map and marks cut to match. */
export function dropLeading(mapped: MappedText, count: number): MappedText {
  if (count <= 0) return mapped;
  return {
    text: mapped.text.slice(count),
    starts: mapped.starts.slice(count),
    ends: mapped.ends.slice(count),
    marks: mapped.marks
      .map((mark) => ({ ...mark, start: Math.max(count, mark.start) - count, end: mark.end - count }))
      .filter((mark) => mark.end > mark.start),
  };
}
