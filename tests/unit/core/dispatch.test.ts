import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channels } from '../../../main/shared/channels';
import { contract } from '../../../main/shared/contract';
import { dispatch } from '../../../main/core/dispatch';
import { handlers } from '../../../main/core/handlers/index';
import { startCore, type AppCore } from '../../../main/core/app';
import { dataDir, tempDir } from '../../support/temp';
import { join } from 'node:path';

let dir: ReturnType<typeof tempDir>;
let core: AppCore;
beforeEach(() => {
  dir = tempDir();
  core = startCore(join(dir.path, 'store.db'), dataDir);
});
afterEach(() => {
  core.close();
  dir.cleanup();
  vi.restoreAllMocks();
});

describe('the contract', () => {
  it('has a schema and a handler for every channel, named domain:verb', () => {
    expect(Object.keys(contract).sort()).toEqual([...channels].sort());
    expect(Object.keys(handlers).sort()).toEqual([...channels].sort());
    for (const channel of channels) expect(channel).toMatch(/^[a-z]+:[a-z][a-zA-Z]*$/);
  });
});

describe('dispatch', () => {
  it('returns {ok:true,value} from the handler', async () => {
    const result = await dispatch('briefings:list', {}, core);
    expect(result.ok).toBe(true);
    if (result.ok) expect(Array.isArray(result.value)).toBe(true);
  });

  it.each([
    ['briefings:get', { id: 'one' }],
    ['briefings:get', { id: -1 }],
    ['briefings:get', { id: 1.5 }],
    ['briefings:get', {}],
    ['briefings:list', { extra: true }],
    ['figures:list', { briefingId: 1, sectionId: 0 }],
    ['briefings:get', 'not an object'],
  ])('rejects %s with input %j before any handler runs', async (channel, input) => {
    const handler = vi.spyOn(handlers, channel as keyof typeof handlers);
    const result = await dispatch(channel, input, core);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.message).toMatch(/输入无效/);
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('runs the handler for valid input (the spy above can see calls)', async () => {
    const handler = vi.spyOn(handlers, 'briefings:get');
    await dispatch('briefings:get', { id: 1 }, core);
    expect(handler).toHaveBeenCalledOnce();
  });

  it('reports an unknown channel', async () => {
    const result = await dispatch('briefings:drop', {}, core);
    expect(result).toEqual({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: expect.stringContaining('briefings:drop') } });
  });

  it('maps a missing briefing to NOT_FOUND', async () => {
    const result = await dispatch('briefings:get', { id: 999 }, core);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('NOT_FOUND');
  });
});
