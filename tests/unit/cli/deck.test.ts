import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli';
import { seedPath, tempDir } from '../../support/temp';
import { editedSeedText } from '../core/deck/edits/support';

let dir: ReturnType<typeof tempDir>;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => dir.cleanup());

interface SlideJson {
  key: string;
  title: string;
  hidden: boolean;
  kind: string;
  chart: string | null;
  notes: string;
  minutes: number | null;
}

const deckJson = (db: string): SlideJson[] => {
  const run = runCli(['deck', '--briefing', '1', '--json', '--db', db]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as SlideJson[];
};

function file(name: string, content: unknown): string {
  const path = join(dir.path, name);
  writeFileSync(path, typeof content === 'string' || content instanceof Uint8Array ? content : JSON.stringify(content));
  return path;
}

describe('briefing deck', () => {
  const db = () => join(dir.path, 'deck.db');

  it('prints the deck as presented, applies a file of edits, and refuses a file with a bad edit as a whole', { timeout: 120_000 }, () => {
    expect(runCli(['import', seedPath, '--db', db()]).status).toBe(0);
    const generated = deckJson(db());
    expect(generated[0]).toEqual({ key: 'cover', title: '“十四五”成就', hidden: false, kind: 'cover', chart: null, notes: expect.stringContaining('“十四五”成就') as string, minutes: null });
    expect(generated.find((s) => s.key === 'section:基础设施通达程度显著提升')).toMatchObject({ kind: 'content', chart: 'bars' });

    const edits = file('edits.json', [
      { op: 'retitle', key: 'agenda', title: '议程' },
      { op: 'hide', key: 'section:文化体育服务供给能力显著提升' },
      { op: 'move', key: 'closing', before: 'agenda' },
      { op: 'notes', key: 'cover', text: '开场\n介绍' },
      { op: 'chart', key: 'section:基础设施通达程度显著提升', type: 'gauge' },
      { op: 'minutes', key: 'cover', minutes: 2 },
      { op: 'show', key: 'section:文化体育服务供给能力显著提升' },
      { op: 'hide', key: 'section:文化体育服务供给能力显著提升' },
    ]);
    const applied = runCli(['deck', 'apply', edits, '--briefing', '1', '--db', db()]);
    expect(applied).toMatchObject({ status: 0, stderr: '', stdout: '已应用 8 项修改\n' });
    const edited = deckJson(db());
    expect(edited.slice(0, 3).map((s) => [s.key, s.title, s.notes, s.minutes])).toEqual([
      ['cover', '“十四五”成就', '开场\n介绍', 2],
      ['closing', '内蒙古答卷', '内蒙古答卷', null],
      ['agenda', '议程', expect.any(String), null],
    ]);
    expect(edited.find((s) => s.key === 'section:文化体育服务供给能力显著提升')?.hidden).toBe(true);
    expect(edited.find((s) => s.key === 'section:基础设施通达程度显著提升')?.chart).toBe('gauge');
    expect(edited).toHaveLength(generated.length);

    const bad = file('bad.json', [{ op: 'hide', key: 'agenda' }, { op: 'retitle', key: 'nope', title: 'x' }, { op: 'minutes', key: 'cover', minutes: -1 }]);
    const refused = runCli(['deck', 'apply', bad, '--briefing', '1', '--db', db()]);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      'briefing: 修改未应用，简报未变（共 2 项有误）：\n第 2 项（retitle）：没有键为“nope”的幻灯片\n第 3 项（minutes）：minutes：分钟数不能为负（0 表示不设时长）\n',
    );
    expect(deckJson(db())).toEqual(edited);

    expect(runCli(['deck', 'apply', file('notjson.json', '[{'), '--briefing', '1', '--db', db()]).stderr).toContain('修改文件不是有效的 JSON');
    expect(runCli(['deck', 'apply', file('obj.json', { op: 'hide' }), '--briefing', '1', '--db', db()]).stderr).toContain('修改文件应为修改的列表');
    expect(runCli(['deck', '--db', db()])).toMatchObject({ status: 2 });
    expect(runCli(['deck', '--briefing', '9', '--db', db()])).toMatchObject({ status: 1, stderr: 'briefing: 找不到编号为 9 的简报\n' });
  });

  it('undoes, redoes and checks', { timeout: 120_000 }, () => {
    expect(runCli(['deck', 'undo', '--briefing', '1', '--db', db()]).stdout).toBe('已撤销上一组修改\n');
    expect(deckJson(db()).find((s) => s.key === 'agenda')?.title).toBe('目录');
    expect(runCli(['deck', 'redo', '--briefing', '1', '--db', db()]).status).toBe(0);
    expect(runCli(['deck', 'check', '--briefing', '1', '--db', db()]).stdout).toBe('检查通过：幻灯片上的每个数字都来自报告中的数据\n');
  });
});

describe('briefing reimport --dry-run', () => {
  it('prints the figures added, changed and removed with what they touch, and stores nothing', { timeout: 120_000 }, () => {
    const db = join(dir.path, 'dry.db');
    expect(runCli(['import', seedPath, '--db', db]).status).toBe(0);
    const edits = file('dry-edits.json', [{ op: 'retitle', key: 'section:基础设施通达程度显著提升', title: '交通' }, { op: 'hide', key: 'section:文化体育服务供给能力显著提升' }]);
    expect(runCli(['deck', 'apply', edits, '--briefing', '1', '--db', db]).status).toBe(0);
    const before = readFileSync(db);
    const report = file('v2.txt', editedSeedText());
    const run = runCli(['reimport', report, '--briefing', '1', '--dry-run', '--json', '--db', db]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const preview = JSON.parse(run.stdout) as {
      figures: { added: unknown[]; changed: { key: string; old: { valueText: string; quote: string }; new: { valueText: string; quote: string }; slides: string[]; edits: { index: number }[] }[]; removed: { key: string; edits: unknown[] }[] };
      edits: { kept: number; orphaned: { edit: { op: string }; reason: string }[] };
    };
    expect(preview.figures.added).toEqual([]);
    expect(preview.figures.changed).toEqual([
      expect.objectContaining({
        key: '综合交通主骨架建成率|-|%',
        old: expect.objectContaining({ valueText: '84.3', quote: expect.stringContaining('84.3%') as string }) as object,
        new: expect.objectContaining({ valueText: '86.1', quote: expect.stringContaining('86.1%') as string }) as object,
        slides: ['section:基础设施通达程度显著提升'],
        edits: [expect.objectContaining({ index: 0 })],
      }),
    ]);
    expect(preview.figures.removed.map((f) => [f.key, f.edits.length])).toEqual([['民用机场数量|-|个', 1]]);
    expect(preview.edits).toEqual({ kept: 1, orphaned: [{ edit: { op: 'hide', key: 'section:文化体育服务供给能力显著提升' }, reason: '没有键为“section:文化体育服务供给能力显著提升”的幻灯片' }] });
    expect(readFileSync(db).equals(before)).toBe(true);
    expect(deckJson(db).find((s) => s.key === 'section:文化体育服务供给能力显著提升')?.hidden).toBe(true);
  });
});

describe('briefing pack', () => {
  it('exports a briefing to one file and imports it into another store, once', { timeout: 120_000 }, () => {
    const from = join(dir.path, 'from.db');
    const to = join(dir.path, 'to.db');
    expect(runCli(['import', seedPath, '--db', from]).status).toBe(0);
    expect(runCli(['deck', 'apply', file('pack-edits.json', [{ op: 'hide', key: 'agenda' }]), '--briefing', '1', '--db', from]).status).toBe(0);
    const out = join(dir.path, 'out', '..', 'p.briefing');
    const exported = runCli(['pack', 'export', '--briefing', '1', '--out', out, '--db', from]);
    expect(exported).toMatchObject({ status: 0, stderr: '' });
    expect(readdirSync(dir.path).filter((name) => name.includes('partial'))).toEqual([]);
    expect(runCli(['pack', 'import', out, '--db', to])).toMatchObject({ status: 0, stderr: '' });
    expect(runCli(['pack', 'import', out, '--db', to]).stdout).toContain('已更新简报 1');
    expect(JSON.parse(runCli(['list', '--json', '--db', to]).stdout)).toHaveLength(1);
    expect(deckJson(to)).toEqual(deckJson(from));

    const damaged = file('damaged.briefing', readFileSync(out).subarray(0, 500));
    expect(runCli(['pack', 'import', damaged, '--db', to])).toMatchObject({ status: 1, stderr: 'briefing: 无法导入简报包：文件已损坏（内容不完整或被改动）；简报库未改动\n' });
    expect(runCli(['pack', 'export', '--briefing', '1', '--db', from])).toMatchObject({ status: 2 });
    expect(existsSync(join(dir.path, 'nowhere'))).toBe(false);
    expect(runCli(['pack', 'export', '--briefing', '1', '--out', join(dir.path, 'nowhere', 'x.briefing'), '--db', from]).status).toBe(1);
  });
});
