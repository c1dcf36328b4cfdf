import { describe, expect, it } from 'vitest';
import { formatLabel, formatTag, whenLabel } from '../../../../renderer/src/library/labels';

describe('what the library says about a briefing', () => {
  it('names the kind of file the report came in, and an encoding other than UTF-8', () => {
    expect(formatLabel({ sourceFormat: 'docx', sourceName: '青川.docx', sourceEncoding: null })).toBe('Word 文档');
    expect(formatLabel({ sourceFormat: 'text', sourceName: '青川.txt', sourceEncoding: 'gb18030' })).toBe('纯文本 · GB18030');
    expect(formatLabel({ sourceFormat: 'markdown', sourceName: '000.txt', sourceEncoding: 'utf-8' })).toBe('Markdown 文本');
    // Stored by an importer that did not say: the file name tells.
    expect(formatLabel({ sourceFormat: null, sourceName: '发布稿.PDF', sourceEncoding: null })).toBe('PDF');
    expect(formatTag({ sourceFormat: null, sourceName: '发布稿.htm' })).toBe('HTML');
    expect(formatTag({ sourceFormat: null, sourceName: '无扩展名' })).toBe('文件');
  });

  it('says when as near as a reader needs it', () => {
    const now = new Date(2026, 11, 2, 15, 0);
    expect(whenLabel(new Date(2026, 11, 2, 9, 5).toISOString(), now)).toBe('今天 09:05');
    expect(whenLabel(new Date(2026, 11, 1, 17, 30).toISOString(), now)).toBe('昨天 17:30');
    expect(whenLabel(new Date(2026, 10, 28, 14, 0).toISOString(), now)).toBe('11月28日 14:00');
    expect(whenLabel(new Date(2025, 2, 2, 14, 0).toISOString(), now)).toBe('2025年3月2日');
  });
});
