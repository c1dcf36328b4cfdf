import { describe, expect, it } from 'vitest';
import { importTooLarge } from '../../../../main/core/annotations/import-size';
import { fileTooLarge } from '../../../../renderer/src/annotations/import-report';

describe('import report', () => {
  it('refuses a file over the cap in the very words of the core', () => {
    for (const bytes of [20 * 2 ** 20 + 1, 21 * 2 ** 20, 53 * 10 ** 6]) expect(fileTooLarge(bytes)).toBe(importTooLarge(bytes));
    expect(fileTooLarge(53 * 10 ** 6)).toBe('批注文件过大（50.6 MB），超过上限 20 MB，未导入任何批注');
  });
});
