import { z } from 'zod';
import { rowId } from './row-id';
import { deckEditLimits as limits, type DeckEdit } from './deck-edits';

/**
 * Schemas of the deck edits and of the deck-editing channels. An edit list travels as plain objects and is
 * read one edit at a time by `readDeckEdit`, so a refusal names the edit (第 3 项（retitle）：…) rather than a
 * path into the list.
 */

const key = z.string({ error: '应为幻灯片键（字符串）' }).min(1, '键不能为空').max(400, '键过长');
const noControl = (text: string): boolean => !/[\u0000-\u0008\u000b-\u001f]/.test(text);
const title = z
  .string({ error: '标题应为字符串' })
  .trim()
  .min(1, '标题不能为空')
  .max(limits.titleChars, `标题最多 ${limits.titleChars} 字`)
  .refine((text) => noControl(text) && !text.includes('\n'), '标题不能含换行或控制字符');
/** Minutes of a budget; 0 takes the budget away (none set). */
const minutes = z
  .number({ error: '分钟数应为数字' })
  .min(0, '分钟数不能为负（0 表示不设时长）')
  .max(limits.maxMinutes, `分钟数最多 ${limits.maxMinutes}`)
  .refine((m) => Number.isInteger(m * 2), '分钟数以半分钟为单位（如 1、1.5、2）');
const lines = z
  .array(
    z
      .string({ error: '每行应为字符串' })
      .trim()
      .min(1, '行不能为空')
      .max(limits.lineChars, `每行最多 ${limits.lineChars} 字`)
      .refine((text) => noControl(text) && !text.includes('\n'), '行内不能含换行或控制字符'),
    { error: 'lines 应为字符串列表' },
  )
  .max(limits.textLines, `最多 ${limits.textLines} 行`);

const editSchema = z.discriminatedUnion(
  'op',
  [
    z.object({ op: z.literal('retitle'), key, title }).strict(),
    z.object({ op: z.literal('hide'), key }).strict(),
    z.object({ op: z.literal('show'), key }).strict(),
    z.object({ op: z.literal('move'), key, before: key.nullable() }).strict(),
    z
      .object({
        op: z.literal('notes'),
        key,
        text: z.string({ error: '备注应为字符串' }).max(limits.notesChars, `备注最多 ${limits.notesChars} 字`).refine(noControl, '备注不能含控制字符'),
      })
      .strict(),
    z
      .object({
        op: z.literal('chart'),
        key,
        type: z.enum(['before-after', 'vs-nation', 'bars', 'gauge', 'ring', 'none'], { error: '图表类型应为 before-after、vs-nation、bars、gauge、ring 或 none' }),
      })
      .strict(),
    z.object({ op: z.literal('minutes'), key, minutes }).strict(),
    z.object({ op: z.literal('budget'), key, minutes }).strict(),
    z.object({ op: z.literal('moveFigure'), figure: key, to: key }).strict(),
    z.object({ op: z.literal('addText'), key: key.optional(), after: key, title, lines }).strict(),
    z.object({ op: z.literal('text'), key, lines }).strict(),
    z.object({ op: z.literal('reset'), key }).strict(),
    z.object({ op: z.literal('resetAll') }).strict(),
  ],
  { error: '未知的修改类型' },
);

const opNames = editSchema.options.map((option) => option.shape.op.value);

/** The op of an edit as written, for naming it in a refusal even when the rest of it is wrong. */
export function opNameOf(raw: unknown): string {
  const op = typeof raw === 'object' && raw !== null ? (raw as { op?: unknown }).op : undefined;
  return typeof op === 'string' && op.length <= 40 ? op : '?';
}

/** One edit checked for its shape; a Chinese sentence naming what is wrong otherwise. */
export function readDeckEdit(raw: unknown): { ok: true; edit: DeckEdit } | { ok: false; why: string } {
  const parsed = editSchema.safeParse(raw);
  if (parsed.success) return { ok: true, edit: parsed.data as DeckEdit };
  const op = opNameOf(raw);
  if (!opNames.includes(op as DeckEdit['op'])) {
    return { ok: false, why: op === '?' ? `缺少 op（可用：${opNames.join('、')}）` : `未知的修改类型 “${op}”（可用：${opNames.join('、')}）` };
  }
  const why = parsed.error.issues
    .map((issue) => {
      const field = issue.path.join('.');
      if (issue.code === 'unrecognized_keys') return `多余的字段 ${issue.keys.join('、')}`;
      if (issue.code === 'invalid_type' && issue.input === undefined && field !== '') return `缺少 ${field}`;
      return field === '' ? issue.message : `${field}：${issue.message}`;
    })
    .join('；');
  return { ok: false, why };
}

/** An edit as the channel carries it: any object, read by readDeckEdit in the core so a refusal names it. */
const rawEdit = z.custom<DeckEdit>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), '每项修改应为对象');

export const applyEditsInput = z
  .object({
    briefingId: rowId,
    edits: z.array(rawEdit).min(1, '没有修改').max(limits.batch, `一次最多 ${limits.batch} 项修改`),
  })
  .strict();

export const briefingInput = z.object({ briefingId: rowId }).strict();

/** A `.briefing` pack as bytes (at most packMaxBytes; checked by the handler). */
export const packImportInput = z
  .object({ bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, { message: '应为文件内容（字节）' }) })
  .strict();
