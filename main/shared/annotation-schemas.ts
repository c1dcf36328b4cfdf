import { z } from 'zod';
import { rowId } from './row-id';
import { importTooLarge } from './import-size';
import { annotationLimits as limits } from './annotations';

/**
 * Input schemas of the annotation, search and settings channels. Messages are Chinese because they reach
 * the user through `输入无效 — <path>：<message>`.
 */

const offset = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const unitInterval = z.number().min(0).max(1);

/** Any RFC 4122-shaped UUID, stored lower case. */
export const annotationId = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, '应为 UUID')
  .transform((id) => id.toLowerCase());

export const colour = z
  .string()
  .regex(/^#[0-9a-f]{6}$/i, '颜色应为 #rrggbb')
  .transform((value) => value.toLowerCase());

export const slideId = z.string().min(1).max(64).regex(/^[a-z0-9-]+$/, '幻灯片编号无效');
export const figureKey = z.string().min(1).max(200);

export const body = z.string().trim().max(limits.bodyChars, `正文最多 ${limits.bodyChars} 字`);

export const tags = z
  .array(z.string().trim().min(1, '标签不能为空').max(limits.tagChars, `标签最多 ${limits.tagChars} 字`))
  .max(limits.tagCount, `最多 ${limits.tagCount} 个标签`)
  .transform((list) => [...new Set(list)]);

export const inkStroke = z
  .object({
    tool: z.enum(['pen', 'highlighter']),
    colour,
    width: z.number().positive().max(0.2),
    points: z.array(z.tuple([unitInterval, unitInterval, unitInterval])).min(1).max(limits.pointsPerStroke),
  })
  .strict();

export const inkStrokes = z.array(inkStroke).min(1, '至少需要一笔').max(limits.strokeCount);

/**
 * How the UI names an anchor when creating an annotation. The core checks it against the report and stores
 * the full anchor (see model.ts). Two ways to quote: `selection` is what a reader selects in one paragraph
 * (offsets into its plain `text`, as displayed); `quote` is the W3C form (source text offsets).
 */
export const anchorInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('slide'), slideId }).strict(),
  z.object({ kind: z.literal('figure'), figureKey }).strict(),
  z
    .object({ kind: z.literal('selection'), paragraphId: rowId, start: offset, end: offset })
    .strict()
    .refine((a) => a.end > a.start, { message: '选区为空', path: ['end'] }),
  z
    .object({
      kind: z.literal('quote'),
      exact: z.string().min(1).max(limits.quoteChars),
      prefix: z.string().max(limits.quoteChars).optional(),
      suffix: z.string().max(limits.quoteChars).optional(),
      start: offset.optional(),
      end: offset.optional(),
    })
    .strict(),
  z.object({ kind: z.literal('ink'), slideId, strokes: inkStrokes }).strict(),
]);
export type AnchorInput = z.output<typeof anchorInput>;

export const bodyRequired = '正文不能为空（只有墨迹批注可以没有正文）';

export const createInput = z
  .object({
    briefingId: rowId,
    anchor: anchorInput,
    body: body.default(''),
    tags: tags.default([]),
    colour: colour.nullable().default(null),
  })
  .strict()
  .refine((input) => input.anchor.kind === 'ink' || input.body !== '', { message: bodyRequired, path: ['body'] });

/** `expectedUpdatedAt`: the `updatedAt` the editor started from; a different one means someone else saved. */
export const updateInput = z
  .object({
    id: annotationId,
    body: body.optional(),
    tags: tags.optional(),
    colour: colour.nullable().optional(),
    expectedUpdatedAt: z.string().min(1).max(40).optional(),
  })
  .strict();

export const deleteInput = z
  .object({ id: annotationId, expectedUpdatedAt: z.string().min(1).max(40).optional() })
  .strict();
export const idInput = z.object({ id: annotationId }).strict();

export const listInput = z
  .object({ briefingId: rowId, slideId: slideId.optional(), includeDeleted: z.boolean().default(false) })
  .strict();

export const exportInput = z
  .object({
    briefingId: rowId,
    ids: z.array(annotationId).min(1).max(100_000).optional(),
    format: z.enum(['jsonld', 'markdown']),
  })
  .strict();

/**
 * `briefingId` pins the briefing when several local briefings hold the same report. A text longer than the
 * cap in characters is over it in bytes too (a character is at least one byte of UTF-8); the import itself
 * checks the bytes.
 */
/** The size of a text in UTF-8, the way a file of it weighs (TextEncoder: the same in Node and the browser). */
const utf8Bytes = (text: string): number => new TextEncoder().encode(text).byteLength;

export const importInput = z
  .object({
    text: z
      .string()
      .min(1, '文件为空')
      .max(limits.importBytes, { error: (issue) => importTooLarge(utf8Bytes(String(issue.input))) }),
    briefingId: rowId.optional(),
  })
  .strict();

export const searchInput = z
  .object({
    briefingId: rowId,
    query: z.string().trim().min(1, '请输入要搜索的内容').max(200),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();

export const authorName = z.string().trim().min(1, '姓名不能为空').max(limits.authorChars);
export const settingsSetInput = z.object({ authorName }).strict();
