// @ts-check
import { dirname, relative, resolve, sep } from 'node:path';

/**
 * `briefing/layer-order`: the folders directly under `root` form layers, lowest first; a file may import
 * from a folder of a lower layer only. Two folders of one layer may not import each other, a folder may not
 * import upwards, and every folder must be placed (a new folder is a decision, not an accident). Files right
 * in `root` (entry points) sit above every layer. So no cycle between folders can form.
 *
 * Options: { root: 'renderer/src', layers: [['ui'], ['text', 'api'], …] }.
 * @type {import('eslint').Rule.RuleModule}
 */
export const layerOrder = {
  meta: {
    type: 'problem',
    docs: { description: 'Folders import only from folders below them in the declared layer order.' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          layers: { type: 'array', items: { type: 'array', items: { type: 'string' } } },
        },
        required: ['root', 'layers'],
        additionalProperties: false,
      },
    ],
    messages: {
      upward: '{{from}}/ may not import from {{to}}/: {{to}}/ is not below it in the layer order ({{order}}).',
      unplaced: 'The folder {{folder}}/ has no place in the layer order of {{root}}/ (eslint.config.js).',
    },
  },
  create(context) {
    const { root, layers } = /** @type {{ root: string; layers: string[][] }} */ (context.options[0]);
    const rootDir = resolve(context.cwd, root);
    const rank = new Map(layers.flatMap((names, at) => names.map((name) => /** @type {[string, number]} */ ([name, at]))));
    const folderOf = (/** @type {string} */ file) => {
      const within = relative(rootDir, file);
      if (within.startsWith('..') || within === '') return undefined;
      return within.includes(sep) ? within.split(sep)[0] : null; // null: a file right in root
    };
    const from = folderOf(context.filename);
    if (from === undefined || from === null) return {};

    /** @param {import('estree').Node} node @param {unknown} source */
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = folderOf(resolve(dirname(context.filename), source));
      if (to === undefined || to === from) return;
      const order = layers.map((names) => names.join(' ')).join(' < ');
      if (!rank.has(from)) return context.report({ node, messageId: 'unplaced', data: { folder: from, root } });
      if (to !== null && !rank.has(to)) return context.report({ node, messageId: 'unplaced', data: { folder: to, root } });
      const below = to !== null && (rank.get(to) ?? Infinity) < (rank.get(from) ?? -Infinity);
      if (!below) context.report({ node, messageId: 'upward', data: { from, to: to ?? '(entry files)', order } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};
