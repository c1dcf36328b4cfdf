import { z } from 'zod';
import { annotationLimits as limits } from '../../shared/annotations';
import { colour, inkStrokes } from '../../shared/annotation-schemas';

/**
 * What an imported W3C Web Annotation may look like: ours, and those of other tools that follow the model
 * (body as a string or TextualBody, creator as a string or Person, one target or several, one selector or
 * several). Selector types we do not use are accepted and ignored. Our own additions sit under the
 * `briefing:` prefix (see w3c.ts).
 */

export const ns = 'urn:briefing:ns#';
export const slideFragment = `${ns}slide`;
export const figureFragment = `${ns}figure`;

const time = z.string().refine((value) => !Number.isNaN(Date.parse(value)), '不是有效的时间（应为 ISO 8601）');
const oneOrMore = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).min(1)]);

const textualBody = z.looseObject({
  type: z.string().optional(),
  value: z.string().max(limits.bodyChars * 4),
  purpose: z.union([z.string(), z.array(z.string())]).optional(),
  format: z.string().optional(),
  language: z.string().optional(),
});
/** A body that is a link to some other resource (an image, a page): not text, so not imported. */
const linkedBody = z.looseObject({ id: z.string() });
const bodyItem = z.union([z.string().max(limits.bodyChars * 4), textualBody, linkedBody]);

const person = z.looseObject({ name: z.string().optional(), nickname: z.string().optional(), id: z.string().optional() });
const creatorItem = z.union([z.string(), person]);

const textQuoteSelector = z.looseObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(limits.quoteChars),
  prefix: z.string().max(limits.quoteChars).optional(),
  suffix: z.string().max(limits.quoteChars).optional(),
});
const offset = z.number().int().min(0);
const textPositionSelector = z
  .looseObject({ type: z.literal('TextPositionSelector'), start: offset, end: offset })
  .refine((s) => s.end >= s.start, { message: 'end 不能小于 start', path: ['end'] });
const fragmentSelector = z.looseObject({
  type: z.literal('FragmentSelector'),
  value: z.string().min(1).max(200),
  conformsTo: z.string().optional(),
  'briefing:heading': z.string().nullable().optional(),
  'briefing:figureKeys': z.array(z.string().max(200)).max(200).optional(),
  'briefing:ink': inkStrokes.optional(),
});
const otherSelector = z.looseObject({ type: z.literal('Unsupported') });

const knownSelectorTypes = new Set(['TextQuoteSelector', 'TextPositionSelector', 'FragmentSelector']);
/** Selector types of the model we do not use (CssSelector, SvgSelector, …) validate as "unsupported". */
const selector = z.preprocess(
  (value) =>
    isRecord(value) && typeof value.type === 'string' && !knownSelectorTypes.has(value.type)
      ? { type: 'Unsupported' }
      : value,
  z.discriminatedUnion('type', [textQuoteSelector, textPositionSelector, fragmentSelector, otherSelector]),
);
export type ImportedSelector = z.output<typeof selector>;

const specificResource = z.looseObject({ source: z.string().min(1), selector: oneOrMore(selector).optional() });
/** A target given as `{id}` (an external resource) rather than `{source, selector}`. */
const externalResource = z.looseObject({ id: z.string().min(1) });
const targetItem = z.union([z.string().min(1), specificResource, externalResource]);
export type ImportedTarget = z.output<typeof targetItem>;

export const importedAnnotation = z.looseObject({
  id: z.string().min(1).max(500),
  type: z
    .union([z.string(), z.array(z.string())])
    .refine((type) => (Array.isArray(type) ? type : [type]).includes('Annotation'), '应为 "Annotation"'),
  motivation: z.union([z.string(), z.array(z.string())]).optional(),
  created: time.optional(),
  modified: time.optional(),
  creator: oneOrMore(creatorItem).optional(),
  body: oneOrMore(bodyItem).optional(),
  bodyValue: z.string().max(limits.bodyChars * 4).optional(),
  target: oneOrMore(targetItem),
  'briefing:colour': colour.nullable().optional(),
  'briefing:edited': time.nullable().optional(),
  'briefing:deleted': time.nullable().optional(),
});
export type ImportedAnnotation = z.output<typeof importedAnnotation>;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
