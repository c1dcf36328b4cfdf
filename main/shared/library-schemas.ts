import { z } from 'zod';
import { rowId } from './row-id';
import { libraryLimits as limits } from './library';

/**
 * Input schemas of the library channels (briefings:import and the rest). Messages are Chinese because they
 * reach the user through `输入无效 — <path>：<message>`.
 */

/**
 * A file's own name, as a file input or a drop gives it: never a path. The core only uses it to pick the
 * reader (by its extension) and to name the report, never to open anything.
 */
export const fileName = z
  .string()
  .trim()
  .min(1, '缺少文件名')
  .max(limits.fileNameChars, `文件名最多 ${limits.fileNameChars} 个字符`)
  .refine((name) => !/[/\\\u0000-\u001f]/.test(name), '文件名不能含路径或控制字符');

/**
 * The file's bytes: a Uint8Array over IPC (structured clone) and, over HTTP, the same array carried in the
 * JSON body (shared/wire.ts). Its size is checked by the handler before anything reads it, so an oversized
 * file is refused in the same words as by every other reader.
 */
export const documentBytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, { message: '应为文件内容（字节）' });

/** Chosen by the caller, so it can ask how the import goes and cancel it while it runs. */
export const jobId = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, '应为 UUID')
  .transform((id) => id.toLowerCase());

export const importInput = z.object({ fileName, bytes: documentBytes, jobId: jobId.optional() }).strict();

export const reimportInput = z.object({ briefingId: rowId, fileName, bytes: documentBytes, jobId: jobId.optional() }).strict();

export const jobInput = z.object({ jobId }).strict();

export const listInput = z.object({ includeDeleted: z.boolean().optional() }).strict();

export const idInput = z.object({ id: rowId }).strict();

export const renameInput = z
  .object({
    id: rowId,
    title: z
      .string()
      .trim()
      .min(1, '标题不能为空')
      .max(limits.titleChars, `标题最多 ${limits.titleChars} 字`)
      .refine((title) => !/[\u0000-\u001f]/.test(title), '标题不能含换行或控制字符'),
  })
  .strict();
