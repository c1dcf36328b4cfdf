import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { anchorFromInput } from '../main/core/annotations/anchor-input';
import type { Annotation } from '../main/shared/annotations';
import { reportIndexOf } from '../main/core/annotations/report-index';
import { searchBriefing } from '../main/core/annotations/search';
import { startCore } from '../main/core/app';
import type { Db } from '../main/core/store/connection';
import { insertAnnotation } from '../main/core/store/queries/annotations';
import { startHost } from '../main/host/server';
import { median, percentile, type BenchRow } from './table';

const root = fileURLToPath(new URL('..', import.meta.url));
const saves = 500;
const seededAnnotations = 10_000;
const searchRounds = 40;

/**
 * Annotation latency: a save through the browser host (HTTP → dispatch → handler → committed transaction →
 * response; what the UI waits for), and search over a briefing with 10 000 annotations, for terms the
 * trigram index answers and for the 1–2 character terms that fall back to LIKE.
 */
export async function measureAnnotations(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-bench-'));
  try {
    return [...(await measureSaves(dir)), ...measureSearch(dir)];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measureSaves(dir: string): Promise<BenchRow[]> {
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  const core = startCore(join(dir, 'saves.db'), join(root, 'data'));
  const token = 'bench-token';
  const host = await startHost({ context: core, rendererDir, token, port: 0 });
  // One kept-alive connection, as a browser tab holds to the host.
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const save = async (n: number): Promise<void> => {
    const body = JSON.stringify({
      briefingId: 1,
      anchor: { kind: 'slide', slideId: 'section-1-2-p1' },
      body: `第 ${n} 条批注：核实城镇新增就业的口径`,
    });
    const reply = JSON.parse(await post(host.port, '/api/annotations:create', body, { 'x-briefing-token': token }, agent)) as { ok: boolean };
    if (!reply.ok) throw new Error(`save failed: ${JSON.stringify(reply)}`);
  };
  try {
    for (let n = 0; n < 20; n++) await save(n); // warm up the connection, the JIT and the report cache
    const timings: number[] = [];
    for (let n = 0; n < saves; n++) {
      const started = performance.now();
      await save(n);
      timings.push(performance.now() - started);
    }
    const note = `${saves} saves, one at a time, committed (WAL, synchronous=FULL)`;
    return [
      { name: 'annotation save via host, p50', value: round(median(timings)), unit: 'ms', note },
      { name: 'annotation save via host, p95', value: round(percentile(timings, 95)), unit: 'ms', target: '≤ 5 ms' },
    ];
  } finally {
    agent.destroy();
    await host.close();
    core.close();
  }
}

function post(port: number, path: string, body: string, headers: Record<string, string>, agent: Agent): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent,
        headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve(text));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function measureSearch(dir: string): BenchRow[] {
  const core = startCore(join(dir, 'search.db'), join(root, 'data'));
  try {
    seedAnnotations(core.db, 1, seededAnnotations);
    const time = (queries: readonly string[]): number[] => {
      const timings: number[] = [];
      for (let round = 0; round < searchRounds; round++) {
        for (const query of queries) {
          const started = performance.now();
          searchBriefing(core.db, { briefingId: 1, query, limit: 50 });
          timings.push(performance.now() - started);
        }
      }
      return timings;
    };
    time(['预热']);
    const trigram = time(['新增就业', '高质量发展', '生态保护', '核实一下', '没有这个词语']);
    const like = time(['就业', '煤', '数据', '全国']);
    const note = `${seededAnnotations.toLocaleString('en')} annotations + the report; limit 50`;
    return [
      { name: 'search, ≥3 characters (FTS trigram), p50', value: round(median(trigram)), unit: 'ms', note },
      { name: 'search, ≥3 characters (FTS trigram), p95', value: round(percentile(trigram, 95)), unit: 'ms' },
      { name: 'search, 1–2 characters (LIKE), p50', value: round(median(like)), unit: 'ms', note },
      { name: 'search, 1–2 characters (LIKE), p95', value: round(percentile(like, 95)), unit: 'ms' },
    ];
  } finally {
    core.close();
  }
}

/** Realistic Chinese notes built from the report's own sentences, inserted in one transaction. */
export function seedAnnotations(db: Db, briefingId: number, count: number): void {
  const index = reportIndexOf(db, briefingId);
  if (!index) throw new Error(`no briefing ${briefingId}`);
  const sentences = index.paragraphs.flatMap((p) => p.text.split('。')).filter((s) => s.length > 8);
  const remarks = ['请核实', '这里要重点讲', '与去年口径不同', '补充全国对比', '数据来源？', '建议删去', '领导关心', '核实一下'];
  const slides = index.slides.map((s) => s.id);
  let state = 42;
  const next = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2 ** 31; // a fixed sequence, so every run seeds the same notes
    return state % n;
  };
  const time = new Date('2026-03-01T08:00:00.000Z').toISOString();
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const slideId = slides[next(slides.length)] ?? 'cover';
      const { anchor, placement } = anchorFromInput(index, { kind: 'slide', slideId });
      const sentence = sentences[next(sentences.length)] ?? '';
      const start = next(Math.max(1, sentence.length - 12));
      const annotation: Annotation = {
        id: randomUUID(),
        briefingId,
        anchor,
        body: `${remarks[next(remarks.length)]}：${sentence.slice(start, start + 12 + next(30))}`,
        author: `同事${next(20)}`,
        tags: [],
        colour: null,
        createdAt: time,
        updatedAt: time,
        editedAt: null,
        deletedAt: null,
        ...placement,
      };
      insertAnnotation(db, annotation);
    }
  })();
}

const round = (ms: number): number => Math.round(ms * 100) / 100;
