import fc from 'fast-check';

/**
 * Generated inputs for the channels: what a buggy or hostile renderer could send. Wrong types, huge strings,
 * deep nesting, prototype keys, invalid UTF-16 (lone surrogates), and near misses built from the contract's
 * own field names, so that some payloads get past the outer shape and reach the field checks.
 */

const fieldNames = [
  'id', 'briefingId', 'sectionId', 'slide', 'anchor', 'kind', 'slideId', 'exact', 'figureId', 'body', 'tags',
  'author', 'annotationId', 'query', 'limit', 'key', 'value', 'text', 'data', 'format', 'annotations', 'expectedVersion',
];
const prototypeKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];

const key = fc.oneof(fc.constantFrom(...fieldNames), fc.constantFrom(...prototypeKeys), fc.string({ maxLength: 12 }));

const loneSurrogates = fc.string({ unit: 'binary', maxLength: 40 });
const hugeString = fc.integer({ min: 50_000, max: 400_000 }).map((length) => '数'.repeat(length));
const awkwardNumber = fc.constantFrom(0, -1, 1, 2, 1.5, -0, 2 ** 31, 2 ** 53, Number.MAX_SAFE_INTEGER, Number.MAX_VALUE, Number.NaN, Infinity, -Infinity);

const leaf = fc.oneof(
  fc.integer(),
  fc.double(),
  awkwardNumber,
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.string({ maxLength: 30 }),
  loneSurrogates,
  fc.constantFrom('', ' ', '民用机场达到46个', 'cover', 'quote', 'slide', 'figure', 'jsonld', 'md', '<script>alert(1)</script>'),
);

const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', maxDepth: 5 },
    leaf,
    fc.array(tie('tree'), { maxLength: 5 }),
    fc.dictionary(key, tie('tree'), { maxKeys: 6 }),
  ),
}));

/** An object nested `depth` levels deep, under a field name a handler might read. */
const deeplyNested = fc.tuple(fc.constantFrom(...fieldNames), fc.integer({ min: 200, max: 3000 })).map(([field, depth]) => {
  let inner: unknown = 'bottom';
  for (let level = 0; level < depth; level++) inner = level % 2 ? [inner] : { [field]: inner };
  return { [field]: inner };
});

/** A plausible record: the contract's field names with values of any kind, now and then a huge string. */
const nearMiss = fc.dictionary(fc.constantFrom(...fieldNames, ...prototypeKeys), fc.oneof(tree, hugeString), { minKeys: 1, maxKeys: 5 });

/** Right field names with right-looking types and edge values: these get past the schemas to the handlers. */
const text = fc.oneof(fc.string({ maxLength: 60 }), loneSurrogates, fc.constantFrom('', '民用机场达到46个', '核对', '<img src=x onerror=alert(1)>'), hugeString);
const positiveId = fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 2 ** 31 }), fc.constant(Number.MAX_SAFE_INTEGER));
const wellShapedFields: Record<string, fc.Arbitrary<unknown>> = {
    id: positiveId,
    briefingId: positiveId,
    slide: fc.nat({ max: 100 }),
    annotationId: fc.oneof(fc.uuid(), fc.string({ maxLength: 40 })),
    anchor: fc.oneof(
      fc.record({ kind: fc.constant('slide'), slideId: fc.oneof(fc.constant('cover'), fc.string({ maxLength: 20 })) }),
      fc.record({ kind: fc.constant('quote'), exact: text }),
      fc.record({ kind: fc.constant('figure'), figureId: positiveId }),
    ),
    body: text,
    tags: fc.array(text, { maxLength: 4 }),
    author: text,
    query: text,
    key: fc.string({ maxLength: 30 }),
    value: tree,
    format: fc.constantFrom('jsonld', 'md', 'pdf'),
    text,
    sectionId: positiveId,
    limit: fc.integer({ min: -5, max: 1000 }),
    data: fc.oneof(text, tree),
    expectedVersion: fc.integer({ min: -1, max: 10 }),
};
const wellShaped = fc.record(wellShapedFields, { requiredKeys: [] });

/**
 * A payload with exactly the fields a channel's schema names (`keys`), each right-looking with edge values;
 * fields the generators do not know get any value.
 */
export function wellShapedFor(keys: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.fromEntries(keys.map((key) => [key, wellShapedFields[key] ?? tree]));
  return fc.record(fields) as fc.Arbitrary<Record<string, unknown>>;
}

export const channelPayload: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: wellShaped },
  { weight: 4, arbitrary: nearMiss },
  { weight: 3, arbitrary: tree },
  { weight: 1, arbitrary: deeplyNested },
  { weight: 1, arbitrary: fc.anything({ withNullPrototype: true, withObjectString: true, maxDepth: 4 }) },
);

/** Request bodies as bytes on the wire: JSON of a payload, or text that is not JSON at all. */
export const requestBody: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: channelPayload.map((payload) => JSON.stringify(payload) ?? 'null') },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.constantFrom('', '{', '[1,2', '{"briefingId":', 'null', '"text"', '{"__proto__":{"polluted":1}}') },
);
