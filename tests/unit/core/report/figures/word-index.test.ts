import { describe, expect, it } from 'vitest';
import * as lexicon from '../../../../../main/core/report/figures/lexicon';
import { endsWithAny, startsWithAny, stripLeading, stripTrailing } from '../../../../../main/core/report/figures/lexicon';
import { endingWith, startingAt } from '../../../../../main/core/report/figures/word-index';

const wordLists = Object.entries(lexicon).filter((entry): entry is [string, readonly string[]] => Array.isArray(entry[1]));

/** The lookups as they were before the index: the whole list, in order. */
const firstStarting = (text: string, words: readonly string[]) => words.find((word) => text.startsWith(word)) ?? null;
const firstEnding = (text: string, words: readonly string[]) => words.find((word) => text.endsWith(word)) ?? null;

describe('word lists looked up by first and last character', () => {
  it('covers the lexicon, whose lists hold no empty word (it would match anywhere)', () => {
    expect(wordLists.length).toBeGreaterThan(8);
    for (const [, words] of wordLists) expect(words.every((word) => typeof word === 'string' && word.length > 0)).toBe(true);
  });

  it('finds the same first word as trying the whole list, for every word of every list in and around text', () => {
    for (const [name, words] of wordLists) {
      const probes = words.flatMap((word) => [word, `${word}增长`, `全省${word}`, `${word.slice(1)}`, `${word}${word}`, '']);
      for (const text of probes) {
        expect([name, text, startsWithAny(text, words)]).toEqual([name, text, firstStarting(text, words)]);
        expect([name, text, endsWithAny(text, words)]).toEqual([name, text, firstEnding(text, words)]);
      }
    }
  });

  it('strips the same words as before, repeatedly, from either end', () => {
    expect(stripTrailing('装机容量持续稳步', lexicon.ADVERBS)).toEqual({ rest: '装机容量', stripped: ['持续', '稳步'] });
    expect(stripLeading('累计完成造林', lexicon.LEADING_ADVERBS)).toBe('完成造林');
  });

  it('looks up objects by the text at a position, in list order', () => {
    const units = [{ text: '万千瓦' }, { text: '万' }, { text: '千瓦' }];
    const byText = (unit: { text: string }) => unit.text;
    expect(startingAt(units, byText, '装机1200万千瓦', 6).map(byText)).toEqual(['万千瓦', '万']);
    expect(startingAt(units, byText, '装机1200万千瓦', 20)).toEqual([]);
    expect(endingWith(units, byText, '一千瓦').map(byText)).toEqual(['万千瓦', '千瓦']);
    expect(endingWith(units, byText, '')).toEqual([]);
  });
});
