import { z } from 'zod';
import { rowId } from './row-id';
import { correctionLimits as limits, qualifiers } from './figure-corrections';

/** Schemas of the figure review channels (figures:correct, figures:uncorrect); refusals in Chinese. */

const figureKey = z.string({ error: '应为数据键（字符串）' }).min(1, '数据键不能为空').max(400, '数据键过长');
const oneLine = (text: string): boolean => !/[\u0000-\u001f]/.test(text);

const label = z
  .string({ error: '指标应为文字' })
  .trim()
  .min(1, '指标不能为空')
  .max(limits.labelChars, `指标最多 ${limits.labelChars} 字`)
  .refine(oneLine, '指标不能含换行或控制字符');
/** An empty period or unit is none: the figure has no period, or no unit. */
const period = z
  .string({ error: '时期应为文字' })
  .trim()
  .max(limits.periodChars, `时期最多 ${limits.periodChars} 字`)
  .refine(oneLine, '时期不能含换行或控制字符')
  .transform((text) => (text === '' ? null : text))
  .nullable();
const unit = z
  .string({ error: '单位应为文字' })
  .trim()
  .max(limits.unitChars, `单位最多 ${limits.unitChars} 字`)
  .refine(oneLine, '单位不能含换行或控制字符')
  .refine((text) => !/[0-9０-９]/.test(text), '单位不能含数字（数值以报告为准，不能更正）');
const qualifier = z.enum(qualifiers, { error: `限定词应为以下之一：${qualifiers.join('、')}，或不填` }).nullable();

/**
 * A figure's correction as it should stand after saving: each field given replaces what the report has (a
 * field equal to the report's is not stored), a field left out is as the report has it. The value itself
 * cannot be corrected: it is what the report prints.
 */
export const correctInput = z.strictObject(
  {
    briefingId: rowId,
    figureKey,
    label: label.optional(),
    period: period.optional(),
    unit: unit.optional(),
    qualifier: qualifier.optional(),
    excluded: z.boolean({ error: '“不在幻灯片中显示”应为是或否' }).optional(),
  },
  {
    // The value above all: a request that tries to correct it is told why it cannot.
    error: (issue) => (issue.code === 'unrecognized_keys' ? `不能更正的字段：${issue.keys.join('、')}（可更正指标、时期、单位、限定词，数值以报告原文为准）` : undefined),
  },
);

/** 撤销更正: back to the figure's previous correction, or to the report when there was one. */
export const uncorrectInput = z.object({ briefingId: rowId, figureKey }).strict();
