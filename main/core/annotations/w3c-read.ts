import { createHash } from 'node:crypto';
import { AppError } from '../../shared/result';
import { describeIssue } from './issues';
import { annotationLimits as limits, type AnnotationAnchor, type AnnotationContent } from '../../shared/annotations';
import { shaOfSourceIri } from './source-iri';
import {
  figureFragment,
  importedAnnotation,
  isRecord,
  slideFragment,
  type ImportedAnnotation,
  type ImportedSelector,
  type ImportedTarget,
} from './w3c-schema';

/**
 * Reading a W3C annotation file into drafts: validation (all of it, before anything is written) and the
 * translation of the model's many spellings into our anchors and content. Placing the anchors on a local
 * report and merging happen in w3c-import.ts.
 */

/** An anchor as the file states it; `position` is a TextPositionSelector with no quote to check it by. */
export type DraftAnchor = AnnotationAnchor | { readonly kind: 'position'; readonly start: number; readonly end: number };

export interface Draft {
  /** 0-based position in the file. */
  readonly index: number;
  readonly id: string;
  /** The report the target names (its SHA-256), or null with `skip` saying why. */
  readonly sourceSha256: string | null;
  readonly anchor: DraftAnchor | null;
  readonly content: Omit<AnnotationContent, 'anchor'>;
  readonly createdAt: string;
  /** False when the file gave no time for this version (see merge.ts). */
  readonly timed: boolean;
  /** Why this annotation cannot be imported even though the file is valid. */
  readonly skip: string | null;
  /**
   * A deleted annotation with nothing of the note but its times (see w3c.ts): it deletes the copy here, if
   * there is one and it is older, and never adds one.
   */
  readonly tombstone: boolean;
}

const maxItems = 100_000;
const maxReported = 5;

const refuse = (problems: readonly string[]): AppError =>
  new AppError(
    'INVALID_INPUT',
    `批注文件无效，未导入任何批注 — ${problems.slice(0, maxReported).join('；')}` +
      (problems.length > maxReported ? `；另有 ${problems.length - maxReported} 处问题` : ''),
  );

/**
 * What to say of a file that is not JSON. The parser's own words ("Unexpected token '#'") mean nothing to the
 * reader: a file that starts like JSON is broken; any other (often the Markdown summary) is the wrong kind.
 */
function notJson(text: string): AppError {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return refuse(['不是有效的 JSON：文件不完整或已损坏']);
  const markdown = start.startsWith('#') ? '这像是导出的 Markdown 摘要，它只供阅读，不能导入。' : '';
  return new AppError(
    'INVALID_INPUT',
    `这不是批注文件：只能导入 Briefing 导出的 .jsonld 文件（W3C JSON-LD 格式）。${markdown}未导入任何批注。`,
  );
}

/** Parse and validate a whole file; throws INVALID_INPUT naming each problem and where it is. */
export function readDrafts(text: string, now: Date): Draft[] {
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw notJson(text);
  }
  const items = itemsOf(document);
  if (items.length > maxItems) throw refuse([`批注过多（${items.length} 条，上限 ${maxItems}）`]);
  const problems: string[] = [];
  const drafts: Draft[] = [];
  items.forEach((item, index) => {
    const parsed = importedAnnotation.safeParse(item);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      problems.push(`第 ${index + 1} 条批注：${first ? describeIssue(first) : '格式无效'}`);
      return;
    }
    const draft = toDraft(parsed.data, index, now);
    if (typeof draft === 'string') problems.push(`第 ${index + 1} 条批注：${draft}`);
    else drafts.push(draft);
  });
  if (problems.length > 0) throw refuse(problems);
  return drafts;
}

const typesOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((t): t is string => typeof t === 'string');

/** The annotations of an AnnotationCollection, an AnnotationPage, an array of them, or a single one. */
function itemsOf(document: unknown): unknown[] {
  if (Array.isArray(document)) return document;
  const shape = '应为 W3C 批注（Annotation）、批注页（AnnotationPage）、批注集合（AnnotationCollection）或批注数组';
  if (!isRecord(document)) throw refuse([`文件内容${shape}`]);
  const types = typesOf(document.type);
  if (types.includes('Annotation')) return [document];
  if (types.includes('AnnotationPage')) return pageItems(document, 'items');
  if (types.includes('AnnotationCollection')) {
    const items: unknown[] = [];
    let page: unknown = document.first;
    if (page === undefined) return items; // an empty collection
    for (let n = 0; page !== undefined; n++) {
      if (!isRecord(page)) throw refuse(['集合的 first/next 应是包含 items 的批注页（不支持指向别处的链接）']);
      items.push(...pageItems(page, n === 0 ? 'first.items' : `第 ${n + 1} 页 items`));
      page = page.next;
    }
    return items;
  }
  throw refuse([`type 为 ${JSON.stringify(document.type ?? null)}，${shape}`]);
}

function pageItems(page: Record<string, unknown>, where: string): unknown[] {
  if (!Array.isArray(page.items)) throw refuse([`${where} 缺失或不是数组`]);
  return page.items;
}

/** A draft, or what is wrong with this annotation (reported as a validation problem). */
function toDraft(raw: ImportedAnnotation, index: number, now: Date): Draft | string {
  const content = readBodies(raw);
  if (typeof content === 'string') return content;
  const { text, tags } = content;

  const target = chooseTarget(raw.target);
  const anchor = target.sha === null ? null : anchorOf(target.selectors);
  const modified = raw.modified ?? raw.created;
  const created = raw.created ?? raw.modified;
  const tombstone = raw['briefing:deleted'] != null && anchor === null && text === '' && tags.length === 0;
  let skip: string | null = null;
  if (target.sha === null) skip = `目标不是简报报告（source：${target.source}）`;
  else if (!anchor) skip = tombstone ? null : '没有可用的定位（selector）';
  else if (text === '' && anchor.kind !== 'ink') skip = '没有文字内容（只有墨迹批注可以没有正文）';

  return {
    index,
    id: idOf(raw.id),
    sourceSha256: target.sha,
    anchor,
    content: {
      body: text,
      author: authorOf(raw.creator),
      tags,
      colour: raw['briefing:colour'] ?? null,
      updatedAt: iso(modified) ?? now.toISOString(),
      // Only Briefing says when the text was edited; other tools' `modified` may be anything (see editedAtOf).
      editedAt: iso(raw['briefing:edited'] ?? undefined),
      deletedAt: iso(raw['briefing:deleted'] ?? undefined),
    },
    createdAt: iso(created) ?? now.toISOString(),
    timed: modified !== undefined,
    skip,
    tombstone,
  };
}

/**
 * The note and its tags: text bodies (a plain string, `bodyValue`, or a TextualBody) make the note, joined
 * by blank lines; TextualBodies with purpose "tagging" are tags; bodies that link elsewhere are left out.
 */
function readBodies(raw: ImportedAnnotation): { text: string; tags: string[] } | string {
  const texts: string[] = raw.bodyValue === undefined ? [] : [raw.bodyValue];
  const tags = new Set<string>();
  const bodies = raw.body === undefined ? [] : Array.isArray(raw.body) ? raw.body : [raw.body];
  for (const [i, body] of bodies.entries()) {
    if (typeof body === 'string') texts.push(body);
    else if ('value' in body && typeof body.value === 'string') {
      const tag = body.value.trim();
      const where = `body${bodies.length > 1 ? `[${i}]` : ''}.value`;
      if (!typesOf(body.purpose).includes('tagging')) texts.push(body.value);
      else if (tag.length > limits.tagChars) return `${where} 标签超过 ${limits.tagChars} 字`;
      else if (tag !== '') tags.add(tag);
    }
  }
  const text = texts.map((t) => t.trim()).filter((t) => t !== '').join('\n\n');
  if (text.length > limits.bodyChars) return `body 正文超过 ${limits.bodyChars} 字`;
  if (tags.size > limits.tagCount) return `body 标签超过 ${limits.tagCount} 个`;
  return { text, tags: [...tags] };
}

const iso = (value: string | undefined): string | null => (value === undefined ? null : new Date(value).toISOString());

/** The first target that names a report by `urn:sha256:`; other targets (web pages, images) are not ours. */
function chooseTarget(raw: ImportedTarget | ImportedTarget[]): {
  sha: string | null;
  source: string;
  selectors: ImportedSelector[];
} {
  const targets = Array.isArray(raw) ? raw : [raw];
  const read = targets.map((target) => {
    if (typeof target === 'string') return { source: target, selectors: [] };
    if ('source' in target && typeof target.source === 'string') {
      const { selector } = target;
      return { source: target.source, selectors: selector === undefined ? [] : Array.isArray(selector) ? selector : [selector] };
    }
    return { source: String(target.id), selectors: [] };
  });
  const ours = read.find((t) => shaOfSourceIri(t.source) !== null);
  const chosen = ours ?? read[0] ?? { source: '', selectors: [] };
  return { ...chosen, sha: shaOfSourceIri(chosen.source) };
}

/** Our figure/slide fragment first (it is the most precise), else the quote, else a bare position. */
function anchorOf(selectors: readonly ImportedSelector[]): DraftAnchor | null {
  const quoteSelector = selectors.find((s) => s.type === 'TextQuoteSelector');
  const positionSelector = selectors.find((s) => s.type === 'TextPositionSelector');
  const position = positionSelector ? { start: positionSelector.start, end: positionSelector.end } : null;
  const quote = quoteSelector
    ? { exact: quoteSelector.exact, prefix: quoteSelector.prefix ?? '', suffix: quoteSelector.suffix ?? '', position }
    : null;
  for (const s of selectors) {
    if (s.type !== 'FragmentSelector') continue;
    if (s.conformsTo === figureFragment) return { kind: 'figure', figureKey: s.value, quote };
    if (s.conformsTo === slideFragment) {
      const context = { heading: s['briefing:heading'] ?? null, figureKeys: s['briefing:figureKeys'] ?? [] };
      const strokes = s['briefing:ink'];
      return strokes
        ? { kind: 'ink', slideId: s.value, context, strokes }
        : { kind: 'slide', slideId: s.value, context };
    }
  }
  if (quote) return { kind: 'quote', quote };
  return position ? { kind: 'position', ...position } : null;
}

function authorOf(creator: ImportedAnnotation['creator']): string {
  const first = Array.isArray(creator) ? creator[0] : creator;
  const name = typeof first === 'string' ? first : (first?.name ?? first?.nickname ?? '');
  const trimmed = name.trim().slice(0, limits.authorChars);
  return trimmed === '' ? '未署名' : trimmed;
}

/**
 * `urn:uuid:<uuid>` (or a bare UUID) is ours to keep. Any other IRI is a name from another tool: it gets a
 * UUID derived from it (SHA-1, laid out as a version-5 UUID), the same on every import, so merging by id works.
 */
export function idOf(raw: string): string {
  const uuid = /^(?:urn:uuid:)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.exec(raw.trim());
  if (uuid?.[1]) return uuid[1].toLowerCase();
  const hex = createHash('sha1').update(`${raw.trim()}`, 'utf8').digest('hex');
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16).padStart(2, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}
