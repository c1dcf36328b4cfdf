import { describe, expect, it } from 'vitest';
import { annotationLabel, editLabel, splitQuote } from '../../../../renderer/src/library/reimport-labels';

const names = { slides: { 'section:就业': '就业收入水平显著提升（2/2）' }, annotations: { n1: '  实训基地\n要核实 ', n2: '' } };

describe('what the review of a new version calls things', () => {
  it('names an edit by its slide and what it did', () => {
    expect(editLabel(names, { op: 'retitle', key: 'section:就业', title: '就业' })).toBe('改标题为“就业”');
    expect(editLabel(names, { op: 'moveFigure', figure: 'f', to: 'section:就业' })).toBe('《就业收入水平显著提升（2/2）》：移入数据卡片');
    expect(editLabel(names, { op: 'hide', key: 'section:别处' })).toBe('《section:别处》：隐藏');
    expect(editLabel(names, { op: 'resetAll' })).toBe('整套幻灯片恢复为生成的样子');
  });

  it('shows an annotation on one line, and says when it has no text', () => {
    expect(annotationLabel(names, 'n1')).toBe('“实训基地 要核实”');
    expect(annotationLabel(names, 'n2')).toBe('（手写或空白批注）');
    expect(annotationLabel({ slides: {}, annotations: { n3: '长'.repeat(80) } }, 'n3')).toBe(`“${'长'.repeat(60)}…”`);
  });

  it('marks the value in its quote with its unit where the quote has it so, else bare, else not at all', () => {
    expect(splitQuote({ valueText: '12', unit: '个', quote: '培训112人，新建基地12个。' })).toEqual({ before: '培训112人，新建基地', value: '12个', after: '。' });
    expect(splitQuote({ valueText: '2.31', unit: '', quote: '收入比缩小至2.31，' })).toEqual({ before: '收入比缩小至', value: '2.31', after: '，' });
    expect(splitQuote({ valueText: '七成', unit: '%', quote: '保持在70%以上' })).toBeNull();
  });
});
