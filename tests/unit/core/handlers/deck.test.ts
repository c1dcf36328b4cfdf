import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../main/core/dispatch';
import { getDeckHandler, getPositionHandler, openDeckHandler, setPositionHandler } from '../../../../main/core/handlers/deck';
import type { HandlerContext } from '../../../../main/core/handlers/types';
import { placeFigures } from '../../../../main/core/report/placement';
import { AppError } from '../../../../main/shared/result';
import { closeStore, openStore, type Db } from '../../../../main/core/store/connection';
import { insertBriefing } from '../../../../main/core/store/queries/briefings';
import { getLastSlide, listSlideNotes, setLastSlide, upsertSlideNotes } from '../../../../main/core/store/queries/deck';
import { insertFigures, listFiguresOfBriefing } from '../../../../main/core/store/queries/figures';
import { expectEveryNumberStored } from '../../../fixtures/deck/expect-stored';
import { seedLike, seedLikeSpec } from '../../../fixtures/deck/seed-like';
import { projectRoot, tempDir } from '../../../support/temp';

let db: Db;
let context: HandlerContext;
let briefingId: number;

/** A briefing stored the way an import before 0030 left it: rows and figures, no notes, no position. */
function storeSeedLike(): number {
  const { report, extracted } = seedLike();
  return db.transaction(() => {
    const inserted = insertBriefing(db, {
      uid: 'seed-like',
      sourceName: 'seed-like.txt',
      sourceSha256: 'x',
      importedAt: '2026-01-01T00:00:00.000Z',
      report,
    });
    insertFigures(db, inserted.id, placeFigures(report, extracted), inserted);
    return inserted.id;
  })();
}

beforeEach(() => {
  db = openStore(':memory:').db;
  context = { db };
  briefingId = storeSeedLike();
});
afterEach(() => closeStore(db));

const call = async (channel: string, input: unknown) => dispatch(channel, input, context);

describe('deck:get', () => {
  it('builds the deck of a stored briefing', async () => {
    const deck = await getDeckHandler({ briefingId }, context);
    expect(deck.briefingId).toBe(briefingId);
    expect(deck.slides[0]?.id).toBe('cover');
    expect(deck.slides.at(-1)?.id).toBe('closing');
    expectEveryNumberStored(deck, listFiguresOfBriefing(db, briefingId));
  });

  it('shows the report’s notes on a briefing that has none stored, and reading writes nothing', async () => {
    expect(listSlideNotes(db, briefingId).size).toBe(0);
    const changes = (): number => Number(db.prepare('SELECT total_changes()').pluck().get());
    const before = changes();
    const deck = await getDeckHandler({ briefingId }, context);
    expect(deck.slides.find((s) => s.id === 'section-1-2-p1')?.notes).toEqual(seedLikeSpec.parts[0]?.sections[1]?.paragraphs);
    expect(deck.slides.find((s) => s.id === 'closing')?.notes).toEqual(['内蒙古答卷']);
    expect(listSlideNotes(db, briefingId).size).toBe(0);
    expect(changes()).toBe(before);
  });

  it('keeps the presenter’s own notes, and fills only the slides that lack notes', async () => {
    upsertSlideNotes(db, briefingId, 'part-1', ['我自己的备注'], 'user', '2026-02-01T00:00:00.000Z');
    const deck = await getDeckHandler({ briefingId }, context);
    expect(deck.slides.find((s) => s.id === 'part-1')?.notes).toEqual(['我自己的备注']);
    expect(listSlideNotes(db, briefingId).get('part-1')?.origin).toBe('user');
    expect(deck.slides.find((s) => s.id === 'part-2')?.notes[0]).toMatch(/^本报讯/);
  });

  it('is NOT_FOUND for a briefing that does not exist', async () => {
    expect(() => getDeckHandler({ briefingId: 4242 }, context)).toThrow(AppError);
    const result = await call('deck:get', { briefingId: 4242 });
    expect(result).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/找不到/) as unknown } });
  });

  it('validates its input', async () => {
    for (const input of [{}, { briefingId: 0 }, { briefingId: '1' }, { briefingId: 1, extra: 1 }]) {
      const result = await call('deck:get', input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('INVALID_INPUT');
    }
  });
});

describe('deck:get on a database from before slide notes', () => {
  it('migrates a v20 store and shows the report’s notes without writing them', async () => {
    const dir = tempDir();
    try {
      const path = join(dir.path, 'v20.db');
      copyFileSync(join(projectRoot, 'tests/fixtures/db/v20.db'), path);
      const old = openStore(path).db;
      try {
        const deck = await getDeckHandler({ briefingId: 1 }, { db: old });
        // The old report has no closing line, hence no closing slide.
        expect(deck.slides.map((s) => s.id)).toEqual(['cover', 'agenda', 'part-1', 'section-1-1-p1']);
        expect(deck.slides.find((s) => s.id === 'section-1-1-p1')).toMatchObject({ cards: [{ valueText: '46', unit: '个' }], notes: ['民用机场达到46个。'] });
        expect(listSlideNotes(old, 1).size).toBe(0);
      } finally {
        closeStore(old);
      }
    } finally {
      dir.cleanup();
    }
  });
});

describe('deck:getPosition / deck:setPosition', () => {
  it('has no position before the briefing was shown', async () => {
    expect(await getPositionHandler({ briefingId }, context)).toEqual({ lastSlide: null });
  });

  it('remembers the last slide shown', async () => {
    expect(await setPositionHandler({ briefingId, slide: 5 }, context)).toEqual({ lastSlide: 5 });
    expect(await getPositionHandler({ briefingId }, context)).toEqual({ lastSlide: 5 });
    await setPositionHandler({ briefingId, slide: 0 }, context);
    expect(getLastSlide(db, briefingId)).toBe(0);
  });

  it('accepts the last slide and refuses one beyond it with a Chinese message', async () => {
    const count = (await getDeckHandler({ briefingId }, context)).slides.length;
    expect(await call('deck:setPosition', { briefingId, slide: count - 1 })).toEqual({ ok: true, value: { lastSlide: count - 1 } });
    const beyond = await call('deck:setPosition', { briefingId, slide: count });
    expect(beyond.ok).toBe(false);
    if (!beyond.ok) {
      expect(beyond.error.code).toBe('INVALID_INPUT');
      expect(beyond.error.message).toContain(`共 ${count} 张`);
    }
    expect(getLastSlide(db, briefingId)).toBe(count - 1);
  });

  it('refuses a negative or fractional slide before the handler runs', async () => {
    for (const slide of [-1, 1.5, '2', null]) {
      const result = await call('deck:setPosition', { briefingId, slide });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('INVALID_INPUT');
    }
  });

  it('shows the last slide when a stored position lies past the deck’s end', async () => {
    const count = (await getDeckHandler({ briefingId }, context)).slides.length;
    setLastSlide(db, briefingId, count + 10, '2026-01-01T00:00:00.000Z');
    expect(await getPositionHandler({ briefingId }, context)).toEqual({ lastSlide: count - 1 });
  });

  it('is NOT_FOUND for a briefing that does not exist', async () => {
    for (const [channel, input] of [
      ['deck:getPosition', { briefingId: 4242 }],
      ['deck:setPosition', { briefingId: 4242, slide: 0 }],
    ] as const) {
      const result = await call(channel, input);
      expect(result.ok ? null : result.error.code).toBe('NOT_FOUND');
    }
  });

  it('loses notes and position with the briefing they belong to', async () => {
    await getDeckHandler({ briefingId }, context);
    await setPositionHandler({ briefingId, slide: 2 }, context);
    db.prepare('DELETE FROM briefings WHERE id = ?').run(briefingId);
    expect(listSlideNotes(db, briefingId).size).toBe(0);
    expect(getLastSlide(db, briefingId)).toBeNull();
  });
});

describe('deck:open', () => {
  it('opens the asked briefing with its remembered slide, in one call', () => {
    setLastSlide(db, briefingId, 3, '2026-01-02T00:00:00.000Z');
    const opened = openDeckHandler({ briefingId }, context);
    expect(opened?.deck.briefingId).toBe(briefingId);
    expect(opened?.lastSlide).toBe(3);
  });

  it('falls back to the first briefing when none is asked for or the asked one is gone', () => {
    for (const input of [{}, { briefingId: 4242 }]) {
      const opened = openDeckHandler(input, context);
      expect(opened?.deck.briefingId).toBe(briefingId);
      expect(opened?.lastSlide).toBeNull();
    }
  });

  it('answers null on an empty store, and refuses a malformed id before the handler', async () => {
    const empty = openStore(':memory:').db;
    expect(await dispatch('deck:open', {}, { db: empty })).toEqual({ ok: true, value: null });
    closeStore(empty);
    const invalid = await dispatch('deck:open', { briefingId: 'first' }, context);
    expect(invalid.ok).toBe(false);
  });
});
