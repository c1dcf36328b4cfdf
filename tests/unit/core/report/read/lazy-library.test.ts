import { describe, expect, it } from 'vitest';
import { exportsOf } from '../../../../../main/core/report/read/lazy-library';

describe('a library loaded by import()', () => {
  const parseHTML = (): string => 'parsed';

  it('gives the names of an ES module as they are', () => {
    expect(exportsOf({ parseHTML }).parseHTML).toBe(parseHTML);
  });

  it('gives a CommonJS module’s names from its default, as Node and the app’s reader bundles load it', () => {
    expect(exportsOf<{ parseHTML: () => string }>({ default: { parseHTML } }).parseHTML).toBe(parseHTML);
  });

  it('reads a web page with the libraries loaded when it is imported', async () => {
    const { readDocument } = await import('../../../../../main/core/report/read/index');
    const page = `<html><head><title>某市经济运行情况</title></head><body><nav>首页</nav><article><h1>某市经济运行情况</h1><p>${'全市地区生产总值达到5615.3亿元，比上年增长5.2%。'.repeat(8)}</p></article></body></html>`;
    const read = await readDocument(new TextEncoder().encode(page), '经济运行.html');
    expect(read.text).toContain('全市地区生产总值达到5615.3亿元');
    expect(read.text).not.toContain('首页');
  });
});
