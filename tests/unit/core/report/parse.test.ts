import { describe, expect, it } from 'vitest';
import { isClosingLine, isLayoutBreak, isLeadParagraph, paragraphSourceMaps, parseReport, sloganOf } from '../../../../main/core/report/parse/index';
import type { ReportParagraph } from '../../../../main/shared/report';
import { readFixture, readSeed } from './figures/helpers';

function allParagraphs(source: string): ReportParagraph[] {
  const report = parseReport(source);
  return [
    ...report.parts.flatMap((part) => [...(part.lead ? [part.lead] : []), ...part.sections.flatMap((section) => section.paragraphs)]),
    ...(report.closing ? [report.closing] : []),
  ].sort((a, b) => a.index - b.index);
}

describe('parseReport on the seed', () => {
  const source = readSeed();
  const report = parseReport(source);

  it('reads the title, three parts with their slogans and leads, and the closing', () => {
    expect(report.title).toBe('“十四五”成就');
    expect(report.parts.map((part) => part.headline)).toEqual([
      '内蒙古民生福祉实现“四个显著提升”',
      '内蒙古生态屏障筑就『三个持续向好』',
      '内蒙古高质量发展实现“三个新跃升”',
    ]);
    expect(report.parts.map((part) => part.slogan)).toEqual(['四个显著提升', '三个持续向好', '三个新跃升']);
    expect(report.parts.every((part) => part.lead?.role === 'lead' && part.lead.text.startsWith('本报讯'))).toBe(true);
    expect(report.closing?.text).toBe('内蒙古答卷');
    expect(report.closing?.role).toBe('closing');
    expect(report.source).toBe(source);
  });

  it('makes the other headings sections of the current part', () => {
    expect(report.parts.map((part) => part.sections.map((section) => section.heading))).toEqual([
      ['脱贫攻坚成果与乡村振兴衔接效能显著提升', '基本民生保障水平显著提升', '基础设施通达程度显著提升', '文化体育服务供给能力显著提升'],
      ['生态环境综合治理水平持续向好', '绿色低碳发展成效持续向好', '生态文明制度建设持续向好'],
      ['综合经济实力实现新跃升', '科技创新驱动实现新跃升', '产业结构优化实现新跃升'],
    ]);
    const sections = report.parts.flatMap((part) => part.sections);
    expect(sections.map((section) => section.index)).toEqual(sections.map((_, i) => i));
    for (const part of report.parts) for (const section of part.sections) expect(section.partIndex).toBe(part.index);
  });

  it('gives headings, headlines and paragraphs exact source spans', () => {
    for (const part of report.parts) {
      expect(source.slice(part.headlineStart, part.headlineEnd)).toBe(part.headline);
      for (const section of part.sections) expect(source.slice(section.headingStart, section.headingEnd)).toBe(section.heading);
    }
    const paragraphs = allParagraphs(source);
    expect(paragraphs.map((paragraph) => paragraph.index)).toEqual(paragraphs.map((_, i) => i));
    for (const paragraph of paragraphs) {
      const slice = source.slice(paragraph.sourceStart, paragraph.sourceEnd);
      expect(slice.replace(/<\/?sub>/g, '').replace(/\n+/g, '')).toBe(paragraph.text);
    }
  });

  it('rejoins both layout breaks', () => {
    expect(report.joins).toHaveLength(2);
    const [first, second] = report.joins;
    expect(first).toMatchObject({ before: '投用8', after: '个国家级' });
    expect(second).toMatchObject({ before: '赤峰实现', after: '100%' });
    const paragraphs = allParagraphs(source);
    for (const join of report.joins) {
      const joined = paragraphs[join.paragraphIndex];
      expect(joined).toBeDefined();
      expect(source.slice(join.breakStart, join.breakEnd)).toBe('\n\n');
      expect(joined?.sourceStart).toBeLessThan(join.breakStart);
      expect(joined?.sourceEnd).toBeGreaterThan(join.breakEnd);
      expect(joined?.text).not.toContain('\n');
    }
    expect(paragraphs[first?.paragraphIndex ?? -1]?.text).toContain('投用8个国家级和25个自治区级临床重点专科');
    expect(paragraphs[second?.paragraphIndex ?? -1]?.text).toContain('在赤峰实现100%绿电制氢');
  });

  it('turns PM<sub>2.5</sub> into PM2.5 with a sub mark over 2.5', () => {
    const paragraph = allParagraphs(source).find((candidate) => candidate.text.includes('PM2.5'));
    expect(paragraph?.marks).toHaveLength(1);
    const mark = paragraph?.marks[0];
    expect(mark?.kind).toBe('sub');
    expect(paragraph?.text.slice(mark?.start, mark?.end)).toBe('2.5');
  });

  it('maps every plain-text character back to its source character', () => {
    const maps = paragraphSourceMaps(report);
    for (const paragraph of allParagraphs(source)) {
      const map = maps.get(paragraph.index);
      expect(map?.length).toBe(paragraph.text.length);
      for (let i = 0; i < paragraph.text.length; i++) expect(source.charAt(map?.startOf(i) ?? -1)).toBe(paragraph.text.charAt(i));
    }
  });

  it('parses in heading-delimited chunks exactly as it parses the whole document', () => {
    // A link reference definition is document-wide, so its presence makes the parser read the source whole.
    const whole = parseReport(`${source}\n\n[note]: https://example.org`);
    expect({ ...whole, source: '' }).toEqual({ ...report, source: '' });
  });

  it('rebuilds the source maps of a model that was not made by parseReport', () => {
    const copy = JSON.parse(JSON.stringify(report)) as typeof report;
    expect([...paragraphSourceMaps(copy).keys()]).toEqual([...paragraphSourceMaps(report).keys()]);
  });
});

describe('parseReport rules on invented pages', () => {
  it('parses a second page in the same style', () => {
    const report = parseReport(readFixture('invented-gansu.md'));
    expect(report.title).toBe('“十四五”答卷');
    expect(report.parts).toHaveLength(1);
    expect(report.parts[0]?.slogan).toBe('三个新提升');
    expect(report.parts[0]?.sections.map((section) => section.heading)).toEqual(['就业收入稳步提升', '基础设施显著提升']);
    expect(report.closing?.text).toBe('甘肃答卷');
  });

  it('joins a break after a digit and a break before a digit, and records them', () => {
    const source = ['题目', '## 某省“两个提升”', '本报讯（记者 王一）某省发布。', '## 小节', '全省新建12', '', '所学校，新增学位3万个。', '', '全省推进绿电，项目在银川实现', '', '90%绿电供应，成效明显。'].join('\n');
    const report = parseReport(source);
    const texts = report.parts[0]?.sections[0]?.paragraphs.map((paragraph) => paragraph.text);
    expect(texts).toEqual(['全省新建12所学校，新增学位3万个。', '全省推进绿电，项目在银川实现90%绿电供应，成效明显。']);
    expect(report.joins.map((join) => [join.before, join.after])).toEqual([['新建12', '所学校'], ['银川实现', '90%绿']]);
  });

  it('does not join complete sentences, headings, a title or datelines', () => {
    expect(isLayoutBreak('全省新建12所学校。', '新增学位3万个。')).toBe(false); // ends a sentence
    expect(isLayoutBreak('“十四五”成就', '本报讯（记者）…。')).toBe(false); // no clause punctuation: a title
    expect(isLayoutBreak('某省实现“三个提升”', '全省新增就业。')).toBe(false); // ends on a closing quote
    expect(isLayoutBreak('全省发展，包括', '本报讯（记者 王一）近日。')).toBe(false); // a dateline starts a release
    expect(isLayoutBreak('全省发展，包括：', '一是就业。')).toBe(false); // a colon introduces, it does not break
    expect(isLayoutBreak('全省新建学校', '和幼儿园，新增学位3万个。')).toBe(false); // the fragment is not prose
    expect(isLayoutBreak('全省新建12', '所学校，新增学位3万个。')).toBe(true); // but a number split from its unit is a break
    expect(isLayoutBreak('为了就医，投用8', '个国家级临床重点专科。')).toBe(true);
  });

  it('keeps a paragraph that ends without punctuation but is followed by a heading', () => {
    const report = parseReport(['## 某省“两个提升”', '本报讯（记者）某省发布，成绩突出。', '## 小节', '全省发展，包括新建12', '## 另一节', '所学校。'].join('\n\n'));
    expect(report.joins).toHaveLength(0);
  });

  it('detects datelines of several agencies', () => {
    expect(isLeadParagraph('本报讯（记者 张鑫）近日')).toBe(true);
    expect(isLeadParagraph('本报银川1月5日电（记者 王一）')).toBe(true);
    expect(isLeadParagraph('新华社北京3月1日电 记者…')).toBe(true);
    expect(isLeadParagraph('宁夏日报讯（记者 李四）')).toBe(true);
    expect(isLeadParagraph('全区新增就业10万人。')).toBe(false);
  });

  it('takes the slogan from the last quoted part of a headline', () => {
    expect(sloganOf('内蒙古民生福祉实现“四个显著提升”')).toBe('四个显著提升');
    expect(sloganOf('内蒙古生态屏障筑就『三个持续向好』')).toBe('三个持续向好');
    expect(sloganOf('宁夏经济「稳中有进」')).toBe('稳中有进');
    expect(sloganOf('宁夏经济稳中有进')).toBeNull();
  });

  it('recognises a closing line', () => {
    expect(isClosingLine('内蒙古答卷')).toBe(true);
    expect(isClosingLine('（完）')).toBe(true);
    expect(isClosingLine('全区新增就业10万人。')).toBe(false);
    expect(isClosingLine('这是一个很长很长很长的段落，不是结尾而是正文的一部分内容')).toBe(false);
  });

  it('puts paragraphs before any section heading into a section named from its text, and a page without title takes its headline', () => {
    const report = parseReport(['## 某省“两个提升”', '本报讯（记者）某省发布，成绩突出。', '全省新增就业10万人。', '## 小节', '粮食产量达到600亿斤。'].join('\n\n'));
    expect(report.title).toBe('某省“两个提升”');
    const sections = report.parts[0]?.sections ?? [];
    expect(sections.map((section) => section.heading)).toEqual(['新增就业', '小节']);
    // A derived title is not in the source: its span is empty, where the heading would stand.
    expect(sections[0]?.headingStart).toBe(sections[0]?.headingEnd);
    expect(sections[0]?.paragraphs[0]?.text).toBe('全省新增就业10万人。');
  });

  it('keeps other inline HTML as text only, and drops scripts', () => {
    const source = ['## 某省“两个提升”', '本报讯（记者）某省发布。', '## 小节', '二氧化碳（CO<sup>2</sup>）排放<span style="color:red">下降</span>5%<script>alert(1)</script>，<b>成效</b>明显。'].join('\n\n');
    const report = parseReport(source);
    const paragraph = report.parts[0]?.sections[0]?.paragraphs[0];
    expect(paragraph?.text).toBe('二氧化碳（CO2）排放下降5%，成效明显。');
    expect(paragraph?.marks).toEqual([{ kind: 'sup', start: 7, end: 8 }]); // the 2 of CO2
  });

  it('reads an HTML block as text only', () => {
    const report = parseReport(['## 某省“两个提升”', '本报讯（记者）某省发布。', '## 小节', '<div class="x">全省新增就业10万人。<script>evil()</script></div>'].join('\n\n'));
    expect(report.parts[0]?.sections[0]?.paragraphs[0]?.text).toBe('全省新增就业10万人。');
  });

  it('reads a paragraph indented by four spaces (a code block to Markdown) as text', () => {
    const report = parseReport(['## 某省“两个提升”', '本报讯（记者）某省发布。', '## 小节', '    全省新增就业10万人。'].join('\n\n'));
    const paragraph = report.parts[0]?.sections[0]?.paragraphs[0];
    expect(paragraph?.text).toBe('全省新增就业10万人。');
    expect(report.source.slice(paragraph?.sourceStart, paragraph?.sourceEnd)).toBe('全省新增就业10万人。');
  });

  it('parses a page with Windows line ends, joins its break and keeps exact offsets', () => {
    const source = ['“十四五”成就', '## 某省“两个提升”', '本报讯（记者）某省发布。', '## 小节', '粮食产量达到700亿斤，投用8', '个实验室。', '某省答卷'].join('\r\n\r\n');
    const report = parseReport(source);
    expect([report.title, report.closing?.text, report.joins.length]).toEqual(['“十四五”成就', '某省答卷', 1]);
    const paragraph = report.parts[0]?.sections[0]?.paragraphs[0];
    expect(paragraph?.text).toBe('粮食产量达到700亿斤，投用8个实验室。');
    expect(source.slice(paragraph?.sourceStart, paragraph?.sourceEnd)).toBe('粮食产量达到700亿斤，投用8\r\n\r\n个实验室。');
  });

  it('removes soft line breaks inside a Chinese paragraph but keeps a space between Latin words', () => {
    const report = parseReport(['## 某省“两个提升”', '本报讯（记者）某省发布。', '## 小节', '全省新增就业\n10万人，big\ndata产业。'].join('\n\n'));
    expect(report.parts[0]?.sections[0]?.paragraphs[0]?.text).toBe('全省新增就业10万人，big data产业。');
  });
});
