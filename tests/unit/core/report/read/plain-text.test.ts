import { describe, expect, it } from 'vitest';
import { analyseReport } from '../../../../../main/core/report';
import { textSource } from '../../../../../main/core/report/read/plain-text';
import type { ReportModel } from '../../../../../main/shared/report';
import { readSeed } from '../figures/helpers';

const HAN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The embedded report as an office would type it: 一、 for a release, （一） for a section, no Markdown, one paragraph a line. */
function seedAsPlainText(): string {
  const blocks = readSeed().split(/\n\s*\n/u).map((block) => block.trim()).filter(Boolean);
  let part = -1;
  let section = -1;
  return blocks
    .map((block, i) => {
      if (!block.startsWith('## ')) return block.replace(/<\/?sub>/gu, '');
      const heading = block.slice(3);
      if (/^本报讯/u.test(blocks[i + 1] ?? '')) {
        part++;
        section = -1;
        return `${HAN[part]}、${heading}`;
      }
      section++;
      return `（${HAN[section]}）${heading}`;
    })
    .join('\n');
}

const outline = (report: ReportModel) => ({
  title: report.title,
  parts: report.parts.map((part) => ({ headline: part.headline, lead: part.lead?.text, sections: part.sections.map((s) => [s.heading, s.paragraphs.map((p) => p.text)]) })),
  closing: report.closing?.text,
});

describe('plain text structured by its numbering', () => {
  const markdown = analyseReport(readSeed());
  const plain = analyseReport(textSource(seedAsPlainText()));

  it('gives the embedded report, written with 一、 and （一） instead of ##, the same 3 parts and 10 sections', () => {
    expect(seedAsPlainText()).not.toContain('#');
    expect(plain.report.parts).toHaveLength(3);
    expect(plain.report.parts.flatMap((part) => part.sections)).toHaveLength(10);
    expect(outline(plain.report)).toEqual(outline(markdown.report));
  });

  it('finds the same figures, with the same values, labels and quotes', () => {
    const summary = (figures: typeof markdown.figures) => figures.map((f) => [f.valueText, f.value, f.unit, f.label, f.period, f.source.quoteText]);
    expect(summary(plain.figures)).toEqual(summary(markdown.figures));
    for (const { source } of plain.figures) expect(plain.report.source.slice(source.quoteStart, source.quoteEnd)).toBe(source.quote);
  });

  it('takes the two largest kinds of numbering as parts and sections, and keeps 1. items as paragraphs', () => {
    const source = textSource(['某市工作报告', '一、过去一年的工作', '（一）经济运行稳中向好', '1.工业生产回升', '全市规模以上工业增加值增长6.2%。', '（二）民生保障有力', '全市城镇新增就业5.1万人。', '二、今年的主要任务', '全年地区生产总值预期增长5.5%左右。'].join('\n'));
    const { report } = analyseReport(source);
    expect(report.title).toBe('某市工作报告');
    expect(report.parts.map((part) => part.headline)).toEqual(['过去一年的工作', '今年的主要任务']);
    expect(report.parts[0]?.sections.map((section) => section.heading)).toEqual(['经济运行稳中向好', '民生保障有力']);
    expect(report.parts[0]?.sections[0]?.paragraphs.map((p) => p.text)).toEqual(['1.工业生产回升', '全市规模以上工业增加值增长6.2%。']);
    expect(report.parts[1]?.sections[0]?.heading).toBe('今年的主要任务'); // its only run of text is what its headline says
  });

  it('takes 一、 headings as parts when they are the only numbering, each part’s text its one section', () => {
    const lines = ['某省前三季度经济运行情况', '2025年10月22日，某省统计局发布前三季度全省经济运行数据。', '一、经济运行总体平稳', '全省地区生产总值增长5.6%。', '二、消费市场持续回暖', '全省社会消费品零售总额增长4.9%。'];
    const { report } = analyseReport(textSource(lines.join('\n')));
    expect(report.parts.map((part) => part.headline)).toEqual(['前三季度全省经济运行数据', '经济运行总体平稳', '消费市场持续回暖']);
    expect(report.parts.map((part) => part.sections.map((section) => section.heading))).toEqual([['前三季度全省经济运行数据'], ['经济运行总体平稳'], ['消费市场持续回暖']]);
    // Headings at one depth with no numbering, or numbered as sections, stay sections of one part.
    const sections = analyseReport(textSource(['某省简报', '（一）经济运行', '全省地区生产总值增长5.6%。', '（二）消费市场', '全省社会消费品零售总额增长4.9%。'].join('\n'))).report;
    expect(sections.parts).toHaveLength(1);
    expect(sections.parts[0]?.sections.map((section) => section.heading)).toEqual(['经济运行', '消费市场']);
  });

  it('takes short title-like lines before a paragraph as headings when there is no numbering', () => {
    const source = textSource(['某县简报', '就业形势总体稳定', '全县城镇新增就业1.2万人，城镇调查失业率5.1%，比上年下降0.2个百分点。', '农业生产再获丰收', '全县粮食总产量达到56万吨，比上年增长2.3%。', '某县答卷'].join('\n'));
    const { report } = analyseReport(source);
    expect(report.parts[0]?.sections.map((section) => section.heading)).toEqual(['就业形势总体稳定', '农业生产再获丰收']);
    expect(report.closing?.text).toBe('某县答卷');
  });

  it('takes no table or chart caption for a heading', () => {
    const source = textSource(['某县简报', '就业形势总体稳定', '全县城镇新增就业1.2万人，城镇调查失业率5.1%，比上年下降0.2个百分点。', '表1 2024年主要农产品产量', '全县粮食总产量达到56万吨，比上年增长2.3%。', '图2 近五年粮食产量', '全县油料产量达到3.2万吨，比上年增长1.1%。'].join('\n'));
    const { report, figures } = analyseReport(source);
    expect(report.parts.flatMap((part) => part.sections.map((section) => section.heading))).toEqual(['就业形势总体稳定']);
    expect(figures.map((figure) => figure.valueText)).not.toContain('1');
  });

  it('joins the lines of a text wrapped at a fixed width, and reads blank-line paragraphs whole', () => {
    const long = '全区城镇新增就业累计103.8万人，城乡居民收入差距缩小至2.26，优于全国平均水平；社会消费品零售总额达5615.3亿元，较2020年增长了854.8亿元，全区基本民生保障标准全部达到或超过全国平均水平。';
    const wrapped = [...Array(3)].flatMap(() => long.match(/.{1,30}/gu) ?? []).join('\n');
    const { report } = analyseReport(textSource(`某区简报\n${wrapped}`));
    expect(report.parts[0]?.sections.flatMap((s) => s.paragraphs.map((p) => p.text))).toEqual([long, long, long]);
    const blankLines = analyseReport(textSource(`某区简报\n\n${long.slice(0, 40)}\n${long.slice(40)}\n\n${long}\n`)).report;
    expect(blankLines.parts[0]?.sections.flatMap((s) => s.paragraphs.map((p) => p.text))).toEqual([long, long]);
  });

  it('escapes what Markdown would take as markup, so the text reads back unchanged', () => {
    const line = '1. 全省*重点*项目[一期]完成投资<50亿元> & 二期_开工，#3号线贯通。';
    const { report } = analyseReport(textSource(`某省简报\n${line}\n- 另一段，也是正文。`));
    expect(report.parts[0]?.sections.flatMap((s) => s.paragraphs.map((p) => p.text))).toEqual([line, '- 另一段，也是正文。']);
  });

  it('makes no part of the lines under the title that say who issued it, when, where or to whom', () => {
    const bulletin = analyseReport(textSource('某省2024年国民经济和社会发展统计公报\n某省统计局\n2025年2月28日\n一、综合\n全年全省地区生产总值52846.3亿元。\n二、农业\n全年粮食总产量3512.8万吨。'));
    expect(bulletin.report.parts.map((part) => part.headline)).toEqual(['综合', '农业']);
    const speech = analyseReport(
      textSource('2025年某市人民政府工作报告\n——2025年1月10日在某市第十七届人民代表大会第四次会议上\n各位代表：\n一、2024年工作回顾\n过去一年，全市地区生产总值达到3126.8亿元。\n二、2025年主要任务\n今年地区生产总值增长6%左右。'),
    );
    expect(speech.report.parts.map((part) => part.headline)).toEqual(['2024年工作回顾', '2025年主要任务']);
    // A short first paragraph that says something is no byline: 某省统计局发布… stays.
    const release = analyseReport(textSource('某省经济运行情况\n某省统计局发布前三季度数据。\n一、工业\n规模以上工业增加值增长7.2%。\n二、消费\n社会消费品零售总额增长4.9%。'));
    expect(release.report.parts.map((part) => part.headline)).toEqual(['某省统计局发布前三季度数据', '工业', '消费']);
  });

  it('makes no part of who gives the report nor of the sentence that puts it before the assembly', () => {
    const budget = analyseReport(
      textSource([
        '关于某市2024年预算执行情况和2025年预算草案的报告',
        '——2025年1月8日在某市第十六届人民代表大会第五次会议上',
        '某市财政局局长　王某某',
        '各位代表：',
        '受市人民政府委托，现将某市2024年预算执行情况和2025年预算草案提请市十六届人大五次会议审议，并请市政协各位委员提出意见。',
        '一、2024年预算执行情况',
        '全市一般公共预算收入完成386.5亿元，为预算的101.2%。',
        '二、2025年预算草案',
        '全市一般公共预算收入安排400.1亿元。',
      ].join('\n')),
    );
    expect(budget.report.parts.map((part) => part.headline)).toEqual(['2024年预算执行情况', '2025年预算草案']);
    const speech = analyseReport(
      textSource('2025年某市人民政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告政府工作，请予审议，并请市政协委员提出意见。\n一、2024年工作回顾\n全市地区生产总值达到3126.8亿元。\n二、2025年主要任务\n今年地区生产总值增长6%左右。'),
    );
    expect(speech.report.parts.map((part) => part.headline)).toEqual(['2024年工作回顾', '2025年主要任务']);
  });
});
