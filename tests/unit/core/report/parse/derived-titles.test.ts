/**
 * A press release of plain paragraphs — no heading at all, as government sites publish them — still gives
 * a deck whose every slide has a meaningful title, read from the text.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importReport } from '../../../../../main/core/briefings/import';
import { loadDeck } from '../../../../../main/core/deck/load';
import { analyseReport } from '../../../../../main/core/report';
import { leadSentence, paragraphSubject, titleOfParagraphs, topicStarts } from '../../../../../main/core/report/parse/derived-titles';
import { closeStore, openStore, type Db } from '../../../../../main/core/store/connection';
import type { Deck } from '../../../../../main/shared/deck';
import { tempDir } from '../../../../support/temp';

/** Invented: 青川省 does not exist, nor do its figures. */
const pressRelease = [
  '青川省前三季度经济运行稳中向好',
  '本报讯（记者 周平）11月5日，青川省统计局发布前三季度全省经济运行情况。',
  '前三季度，全省地区生产总值达到18620亿元，同比增长5.6%，增速比上半年加快0.3个百分点。',
  '分产业看，第一产业增加值1820亿元，增长3.9%；第二产业增加值6950亿元，增长6.4%；第三产业增加值9850亿元，增长5.3%。',
  '工业生产较快增长，全省规模以上工业增加值同比增长7.1%，其中高技术制造业增加值增长15.2%。',
  '固定资产投资保持稳定，全省固定资产投资同比增长4.8%，其中基础设施投资增长9.6%，民间投资增长2.1%。',
  '消费市场持续回暖，全省社会消费品零售总额达到6230亿元，同比增长6.2%，网上零售额增长12.4%。',
  '外贸进出口增势良好，全省货物进出口总额达到1480亿元，同比增长8.9%，其中出口增长11.3%。',
  '居民收入稳步增加，全省居民人均可支配收入达到23560元，同比增长5.8%，农村居民收入增速快于城镇居民。',
  '就业形势总体稳定，全省城镇新增就业48.6万人，完成全年目标任务的91%，城镇调查失业率平均为5.2%。',
  '物价水平温和上涨，全省居民消费价格同比上涨0.4%，工业生产者出厂价格同比下降1.8%。',
].join('\n\n');

let dir: ReturnType<typeof tempDir>;
let db: Db;
let deck: Deck;

beforeAll(() => {
  dir = tempDir();
  db = openStore(join(dir.path, 'store.db')).db;
  const { id } = importReport(db, '青川经济运行.txt', pressRelease);
  const loaded = loadDeck(db, id);
  if (!loaded) throw new Error('no deck');
  deck = loaded;
});
afterAll(() => {
  closeStore(db);
  dir.cleanup();
});

/** A title that says something: not empty, not a bare number, part label or page count. */
const meaningful = (title: string): boolean =>
  title.trim().length >= 2 && !/^[\d一二三四五六七八九十、.（）()/\s]+$/u.test(title) && !/^（\d+\/\d+）$/u.test(title);

describe('a report without headings', () => {
  it('gets a deck in which every slide has a meaningful title', () => {
    expect(deck.slides.length).toBeGreaterThan(4);
    for (const slide of deck.slides) expect(slide.title, `${slide.kind} ${slide.id}`).toSatisfy(meaningful);
    for (const slide of deck.slides) {
      if (slide.kind === 'agenda') for (const item of slide.items) expect(item.headline).toSatisfy(meaningful);
      if (slide.kind === 'divider') for (const heading of slide.sections) expect(heading).toSatisfy(meaningful);
      if (slide.kind === 'content') {
        expect(slide.heading).toSatisfy(meaningful);
        expect(slide.partHeadline).toSatisfy(meaningful);
      }
    }
  });

  it('splits its paragraphs into a few topics, each named from its text', () => {
    const { report } = analyseReport(pressRelease);
    expect(report.title).toBe('青川省前三季度经济运行稳中向好');
    expect(report.parts).toHaveLength(1);
    expect(report.parts[0]?.headline).toBe(report.title);
    const sections = report.parts[0]?.sections ?? [];
    expect(sections.length).toBeGreaterThanOrEqual(2);
    expect(sections.length).toBeLessThanOrEqual(4);
    expect(new Set(sections.map((section) => section.heading)).size).toBe(sections.length);
    expect(sections.every((section) => section.paragraphs.length >= 2)).toBe(true);
    for (const section of sections) expect(section.headingStart).toBe(section.headingEnd); // not in the source
  });
});

describe('a release whose paragraphs open with their own topic line', () => {
  /** Invented, like the one above: each paragraph after the first opens with a short sentence saying its topic. */
  const withLeads = [
    '云岭市前三季度经济运行情况',
    '前三季度，全市地区生产总值达到3250亿元，同比增长5.6%，增速比上半年加快0.3个百分点。',
    '工业生产稳中有进。全市规模以上工业增加值同比增长7.1%，高技术制造业增加值增长12.4%。',
    '消费市场持续回暖。社会消费品零售总额达到1280亿元，增长6.8%，网上零售额增长14.2%。',
    '居民收入稳步增长。全市居民人均可支配收入达到38600元，增长5.9%。',
    '民生保障有力有效：城镇新增就业5.6万人，新增托位3200个。',
  ].join('\n\n');

  it('takes those lines as its topics, one section each, and names the opening paragraph from its subject', () => {
    const sections = analyseReport(withLeads).report.parts[0]?.sections.map((section) => section.heading);
    expect(sections).toEqual(['地区生产总值', '工业生产稳中有进', '消费市场持续回暖', '居民收入稳步增长', '民生保障有力有效']);
  });

  it.each([
    ['工业生产稳中有进。全市规模以上工业增加值同比增长7.1%。', '工业生产稳中有进'],
    ['民生保障有力有效：城镇新增就业5.6万人。', '民生保障有力有效'],
    ['前三季度，全市地区生产总值达到3250亿元。', null],
    ['2024年全市经济总量突破3000亿元。', null],
    ['近日。市统计局发布数据。', null],
    ['（一）工业经济提质增效。新增规模以上工业企业21家。', '工业经济提质增效'],
    ['一是经济运行稳中向好。全年完成地区生产总值186.5亿元。', '经济运行稳中向好'],
  ])('lead sentence of %s → %s', (text, lead) => {
    expect(leadSentence(text)).toBe(lead);
  });
});

describe('paragraphSubject', () => {
  it.each([
    ['工业生产较快增长，全省规模以上工业增加值同比增长7.1%。', '工业生产较快增长'],
    ['5年来，内蒙古经济实力接连迈上关键台阶，经济总量首次突破2万亿元。', '内蒙古经济实力接连迈上关键台阶'],
    ['前三季度，全省地区生产总值达到18620亿元，同比增长5.6%。', '地区生产总值'],
    ['“十四五”以来，城镇新增就业累计103.8万人。', '城镇新增就业'],
    ['在“老有颐养、幼有善育”方面，内蒙古基本养老保险参保率达95%以上。', '内蒙古基本养老保险参保率'],
    // A clause with an announcing verb is about what it introduces; the date before it frames it, and a
    // period the title opens with stays whole.
    ['2025年10月22日，青川省统计局发布前三季度全省经济运行数据。', '前三季度全省经济运行数据'],
    ['2025年11月18日，市统计局发布1—10月全市主要经济指标。', '1—10月全市主要经济指标'],
  ])('%s → %s', (text, subject) => {
    expect(paragraphSubject(text)).toBe(subject);
  });

  it('names a paragraph that offers no subject after its first clause that is not a date, never after the date', () => {
    const texts = ['2025年10月22日，青川省统计局、国家统计局青川调查总队联合发布了全省经济运行情况和主要指标解读。'];
    expect(titleOfParagraphs(texts)).not.toMatch(/^2025年/u);
    expect(titleOfParagraphs(texts).startsWith('青川省统计局')).toBe(true);
  });

  it('cuts between the paragraphs that share the fewest words, never leaving a topic of one paragraph', () => {
    const texts = ['就业就业就业', '就业就业岗位', '粮食粮食产量', '粮食产量增长', '外贸外贸进出口', '外贸出口增长'];
    expect(topicStarts(texts)).toEqual([0, 2]);
    expect(topicStarts(texts.slice(0, 5))).toEqual([0]);
  });
});
