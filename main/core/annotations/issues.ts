import type { z } from 'zod';

/**
 * zod issues as a person reads them, in Chinese, naming the field: `target.selector.exact 缺失`.
 * For a union (a field that may take several forms) the form the input got furthest into is the one
 * described, which is the form the writer meant.
 */
export function describeIssue(issue: z.core.$ZodIssue, base: readonly PropertyKey[] = []): string {
  const path = [...base, ...issue.path];
  if (issue.code === 'invalid_union') {
    if (issue.discriminator !== undefined) return `${formatPath(path)} 缺失或无法识别`;
    const branch = deepestBranch(issue.errors);
    if (branch) return describeIssue(branch, path);
    return `${formatPath(path)} 格式无法识别`;
  }
  return `${formatPath(path)} ${problem(issue)}`;
}

function deepestBranch(branches: readonly (readonly z.core.$ZodIssue[])[]): z.core.$ZodIssue | null {
  let best: z.core.$ZodIssue | null = null;
  let bestDepth = -1;
  for (const issues of branches) {
    for (const issue of issues) {
      const depth = issue.path.length + (issue.code === 'invalid_union' ? 0.5 : 0);
      if (depth > bestDepth) {
        best = issue;
        bestDepth = depth;
      }
    }
  }
  return best;
}

const typeNames: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
};

function problem(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '缺失' : `应为${typeNames[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? '不能为空' : `至少 ${issue.minimum} 字`;
      if (issue.origin === 'array') return `至少 ${issue.minimum} 项`;
      return `不能小于 ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `超过 ${issue.maximum} 字`;
      if (issue.origin === 'array') return `超过 ${issue.maximum} 项`;
      return `不能大于 ${issue.maximum}`;
    case 'invalid_value':
      return `应为 ${issue.values.map((v) => JSON.stringify(v)).join(' 或 ')}`;
    case 'invalid_format':
      return '格式无效';
    case 'custom':
      return issue.message;
    default:
      return `无效（${issue.message}）`;
  }
}

/** `target.selector[1].exact`; the whole item when the path is empty. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '（整条）';
  return path
    .map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : `${i === 0 ? '' : '.'}${String(segment)}`))
    .join('');
}
