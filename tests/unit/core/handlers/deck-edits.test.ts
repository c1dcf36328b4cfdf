import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../main/core/dispatch';
import { closeStore, type Db } from '../../../../main/core/store/connection';
import type { EditedDeck } from '../../../../main/shared/deck-edits';
import { storeWithSeed } from '../deck/edits/support';

let db: Db;
let briefingId: number;
beforeEach(() => ({ db, briefingId } = storeWithSeed()));
afterEach(() => closeStore(db));

const call = (channel: string, input: unknown) => dispatch(channel, input, { db });

describe('the deck-editing channels', () => {
  it('apply edits, undo and redo them, and check the deck, through the contract', async () => {
    const applied = await call('deck:applyEdits', { briefingId, edits: [{ op: 'hide', key: 'agenda' }] });
    expect(applied).toMatchObject({ ok: true, value: { canUndo: true, canRedo: false, orphans: [] } });
    expect(await call('deck:undo', { briefingId })).toMatchObject({ ok: true, value: { canUndo: false, canRedo: true } });
    expect(await call('deck:undo', { briefingId })).toEqual({ ok: false, error: { code: 'CONFLICT', message: '没有可撤销的修改' } });
    expect(await call('deck:redo', { briefingId })).toMatchObject({ ok: true, value: { canRedo: false } });
    const edited = await call('deck:edited', { briefingId });
    expect(edited.ok && (edited.value as unknown as EditedDeck).deck.slides[1]).toMatchObject({ key: 'agenda', hidden: true });
    expect(await call('deck:check', { briefingId })).toEqual({ ok: true, value: { findings: [] } });
  });

  it('refuse what is not a list of edits, and an unknown briefing, before anything is stored', async () => {
    expect(await call('deck:applyEdits', { briefingId, edits: { op: 'hide' } })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await call('deck:applyEdits', { briefingId, edits: [] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('没有修改') } });
    expect(await call('deck:applyEdits', { briefingId, edits: ['hide'] })).toMatchObject({ ok: false, error: { message: expect.stringContaining('每项修改应为对象') } });
    expect(await call('deck:check', { briefingId: 42 })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '找不到编号为 42 的简报' } });
    expect(db.prepare('SELECT count(*) FROM deck_edits').pluck().get()).toBe(0);
  });
});
