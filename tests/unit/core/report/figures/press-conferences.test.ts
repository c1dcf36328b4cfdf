/**
 * A press conference as its transcript is published (新闻发布会实录), invented: a dateline under the title,
 * speakers' names before what they say, and a spokesman's paragraphs that date their figures mid-way.
 */
import { describe, expect, it } from 'vitest';
import { analyseReport } from '../../../../../main/core/report';
import { textSource } from '../../../../../main/core/report/read/plain-text';
import { figure, figuresOf } from './helpers';

const transcript = [
  '某省2025年前三季度经济运行情况新闻发布会',
  '时间：2025年10月20日',
  '主持人：各位记者朋友，大家上午好！下面，请省统计局新闻发言人张某某介绍前三季度全省经济运行情况。',
  '张某某：各位记者朋友，大家上午好！前三季度，全省地区生产总值为42356.8亿元，同比增长5.6%，比上半年加快0.2个百分点。分产业看，第一产业增加值2856.4亿元，增长3.8%。',
  '记者：请问前三季度全省消费市场表现如何？',
  '张某某：前三季度，全省社会消费品零售总额15623.7亿元，同比增长4.9%。',
  '记者：就业形势怎么样？',
  '张某某：前三季度，全省城镇新增就业86.5万人。9月份，全省城镇调查失业率为5.0%，比上月下降0.1个百分点。',
].join('\n');

describe('a press conference transcript', () => {
  const { report, figures } = analyseReport(textSource(transcript));

  it('makes no part or paragraph of the dateline, and dates nothing by it', () => {
    const texts = report.parts.flatMap((part) => part.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text)));
    expect(texts.some((text) => text.includes('时间：'))).toBe(false);
    expect(figures.filter((found) => found.period?.includes('10月'))).toEqual([]);
  });

  it('titles its topics by what is said and asked, not by greetings nor speakers’ names', () => {
    const headings = report.parts.flatMap((part) => part.sections.map((section) => section.heading));
    expect(headings).toContain('就业形势');
    for (const heading of headings) expect(heading).not.toMatch(/各位|大家|主持人|张某某|怎么样/u);
  });

  it('a sentence that opens with a date dates the ones after it in the paragraph, behind a speaker’s name too', () => {
    expect(figure(figures, '2856.4').period).toBe('前三季度');
    expect(figure(figures, '3.8').period).toBe('前三季度');
    expect(figure(figures, '86.5').period).toBe('前三季度');
    // Until a later sentence opens with its own.
    expect(figure(figures, '5.0').period).toBe('9月份');
  });

  it('比上半年加快0.2个百分点 / 比上月回落0.3个百分点: the growth rate before changed', () => {
    expect(figure(figures, '0.2').label).toBe('地区生产总值同比增速加快');
    expect(figure(figuresOf('规模以上工业增加值同比增长5.1%，比上月回落0.3个百分点。'), '0.3').label).toBe('规模以上工业增加值同比增速回落');
  });

  it('dates nothing by a title the text was given (no heading of the author’s) nor by a heading with a day in it', () => {
    const undated = analyseReport(textSource('某市经济运行简况\n2025年10月20日，某市统计局发布数据。全市地区生产总值增长5.1%。\n全市社会消费品零售总额增长4.2%，其中网上零售额增长8.3%。')).figures;
    expect(figure(undated, '4.2').period).toBeNull();
    const dayHeading = analyseReport('# 某市简报\n\n## 2025年10月20日发布\n\n全市地区生产总值增长5.1%。\n').figures;
    expect(figure(dayHeading, '5.1').period).toBeNull();
  });
});
