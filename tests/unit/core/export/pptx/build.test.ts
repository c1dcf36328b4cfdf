import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore, type AppCore } from '../../../../../main/core/app';
import { loadDeck } from '../../../../../main/core/deck/load';
import { applyDeckEdits } from '../../../../../main/core/deck/edits/service';
import { correctFigure } from '../../../../../main/core/deck/corrections';
import { exportBriefing } from '../../../../../main/core/export/index';
import { buildPresentation } from '../../../../../main/core/export/pptx/build';
import { pointLabel } from '../../../../../main/core/export/pptx/charts';
import { listFiguresOfBriefing } from '../../../../../main/core/store/queries/figures';
import { chartPoints, figureKeysOfSlide } from '../../../../../main/shared/chart-points';
import type { ChartSpec, ContentSlide, Deck } from '../../../../../main/shared/deck';
import type { StoredFigure } from '../../../../../main/shared/figure';
import { figurePhrase } from '../../../../../main/shared/format';
import { dataDir } from '../../../../support/temp';
import { zipPart } from '../../../../support/zip';

/** The embedded briefing exported as PowerPoint once, then read back part by part as PowerPoint reads it. */
let core: AppCore;
let deck: Deck;
let figures: Map<string, StoredFigure>;
let zip: JSZip;

beforeAll(async () => {
  core = startCore(':memory:', dataDir);
  const loaded = loadDeck(core.db, 1);
  if (!loaded) throw new Error('no embedded briefing');
  deck = loaded;
  figures = new Map(listFiguresOfBriefing(core.db, 1).map((figure) => [figure.key, figure]));
  zip = await JSZip.loadAsync((await exportBriefing(core.db, 1, 'pptx')).bytes);
});
afterAll(() => core.close());

const part = (path: string): Promise<string> => zipPart(zip, path);
const texts = (xml: string): string[] => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescapeXml(m[1] ?? ''));
const unescapeXml = (text: string): string =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const slideNumbers = (): number[] => deck.slides.map((_, i) => i + 1);
const contentSlides = (): [ContentSlide, number][] =>
  deck.slides.flatMap((slide, i): [ContentSlide, number][] => (slide.kind === 'content' ? [[slide, i + 1]] : []));

async function chartPartOf(number: number): Promise<string | null> {
  const rels = await part(`ppt/slides/_rels/slide${number}.xml.rels`);
  const target = /charts\/(chart\d+\.xml)/.exec(rels)?.[1];
  return target ? `ppt/charts/${target}` : null;
}

/** The XML element a chart kind is drawn as, and the direction of its bars. */
const expectedChart: Record<ChartSpec['kind'], RegExp> = {
  'before-after': /<c:barChart>\s*<c:barDir val="col"\/>/,
  'vs-nation': /<c:barChart>\s*<c:barDir val="col"\/>/,
  bars: /<c:barChart>\s*<c:barDir val="bar"\/>/,
  gauge: /<c:barChart>\s*<c:barDir val="bar"\/>/,
  ring: /<c:doughnutChart>/,
};

describe('the briefing as PowerPoint', () => {
  it('has one 16:9 slide per slide of the deck, in its order', async () => {
    const slides = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides).toHaveLength(deck.slides.length);
    expect(deck.slides.length).toBeGreaterThan(10);
    const presentation = await part('ppt/presentation.xml');
    const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(presentation);
    expect(Number(size?.[1]) / Number(size?.[2])).toBeCloseTo(16 / 9, 2);
    for (const [i, slide] of deck.slides.entries()) {
      const shown = texts(await part(`ppt/slides/slide${i + 1}.xml`)).join('');
      const heading = slide.kind === 'content' ? slide.heading : slide.kind === 'divider' ? slide.headline : slide.kind === 'closing' ? slide.text : slide.title;
      expect(shown).toContain(heading);
    }
  });

  it('shows every card number exactly as the app does (the stored text, never reformatted)', async () => {
    let cards = 0;
    for (const [slide, number] of contentSlides()) {
      const xml = await part(`ppt/slides/slide${number}.xml`);
      for (const card of slide.cards) {
        const shape = new RegExp(`<p:sp>(?:(?!</p:sp>)[\\s\\S])*name="数据 ${card.figureKey.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[\\s\\S]*?</p:sp>`).exec(xml);
        expect(shape, card.figureKey).not.toBeNull();
        const runs = texts(shape?.[0] ?? '');
        expect(runs.join('')).toBe(figurePhrase(card));
        expect(runs).toContain(card.valueText);
        expect(card.valueText).toBe(figures.get(card.figureKey)?.valueText);
        if (card.rankBadge) expect(texts(xml)).toContain(card.rankBadge);
        if (card.derived) expect(texts(xml)).toContain('推算');
        cards += 1;
      }
    }
    expect(cards).toBeGreaterThan(20);
  });

  it('draws each chart as a native chart of the app’s kind, with the stored values in its data', async () => {
    let charts = 0;
    for (const [slide, number] of contentSlides()) {
      const path = await chartPartOf(number);
      if (!slide.chart) {
        expect(path).toBeNull();
        continue;
      }
      expect(path).toMatch(/^ppt\/charts\/chart\d+\.xml$/);
      const xml = await part(path ?? '');
      expect(xml).toMatch(expectedChart[slide.chart.kind]);
      const points = chartPoints(slide.chart);
      const values = /<c:val>[\s\S]*?<\/c:val>/.exec(xml)?.[0] ?? '';
      expect([...values.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => Number(m[1]))).toEqual(points.map((p) => p.value));
      for (const point of points) {
        // A printed point is the stored figure itself; a derived one (the rest of a ring) is marked so.
        if (!point.derived) expect(point.value).toBe(figures.get(point.figureKey)?.value);
      }
      // Each point's label is its value as the report writes it, （推算） where derived.
      expect(texts(xml).join('')).toBe(points.map(pointLabel).join(''));
      expect(points.some((p) => p.derived)).toBe(texts(xml).includes('（推算）'));
      // Its numbers sit in an embedded workbook, so PowerPoint can edit them.
      const chartRels = await part(path?.replace('charts/', 'charts/_rels/') + '.rels');
      expect(chartRels).toMatch(/embeddings\/Microsoft_Excel_Worksheet\d+\.xlsx/);
      charts += 1;
    }
    const kinds = new Set(contentSlides().flatMap(([slide]) => (slide.chart ? [slide.chart.kind] : [])));
    expect(kinds.size).toBeGreaterThanOrEqual(3);
    expect(charts).toBeGreaterThanOrEqual(5);
  });

  it('draws no chart as a picture', async () => {
    expect(Object.values(zip.files).filter((file) => !file.dir && file.name.startsWith('ppt/media/'))).toEqual([]);
    for (const number of slideNumbers()) expect(await part(`ppt/slides/slide${number}.xml`)).not.toContain('<p:pic');
  });

  it('puts the slide’s notes and every figure’s source sentence in the speaker notes', async () => {
    for (const [i, slide] of deck.slides.entries()) {
      const notes = texts(await part(`ppt/notesSlides/notesSlide${i + 1}.xml`));
      for (const paragraph of slide.notes) expect(notes).toContain(paragraph);
      for (const key of figureKeysOfSlide(slide)) {
        const quote = figures.get(key)?.source.quoteText ?? '';
        expect(notes.some((line) => line.includes(quote)), `${slide.id} ${key}`).toBe(true);
      }
    }
  });

  it('names an East Asian typeface and Simplified Chinese for the text, so PowerPoint and WPS set the Chinese', async () => {
    const theme = await part('ppt/theme/theme1.xml');
    expect(theme).not.toContain('<a:ea typeface=""/>');
    expect(theme).toContain('<a:ea typeface="Microsoft YaHei"/>');
    expect(theme).toContain('<a:font script="Hans" typeface="Microsoft YaHei"/>');
    const parts = [
      ...slideNumbers().map((n) => `ppt/slides/slide${n}.xml`),
      ...slideNumbers().map((n) => `ppt/notesSlides/notesSlide${n}.xml`),
      ...Object.keys(zip.files).filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name)),
    ];
    for (const path of parts) {
      const xml = await part(path);
      // Every run that names a Latin typeface names the East Asian one beside it.
      for (const run of xml.match(/<a:rPr\b[^>]*>[\s\S]*?<\/a:rPr>/g) ?? []) {
        if (run.includes('<a:latin')) expect(run, path).toContain('<a:ea typeface="Microsoft YaHei"');
        expect(run, path).toMatch(/lang="zh-CN"/);
      }
      expect(xml, path).not.toContain('lang="en-US"');
    }
  });

  it('takes the slides it is given: a caller leaves hidden slides out', async () => {
    const kept = deck.slides.filter((slide) => slide.kind !== 'agenda');
    const bytes = await buildPresentation({ title: deck.title, slides: kept, figures: new Map() });
    const small = await JSZip.loadAsync(bytes);
    expect(Object.keys(small.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))).toHaveLength(kept.length);
  });

  it('leaves out the slides the presenter hid, and shows a retitled slide under its new title', async () => {
    const other = startCore(':memory:', dataDir);
    try {
      const generated = loadDeck(other.db, 1);
      const [hidden, retitled] = (generated?.slides ?? []).filter((slide) => slide.kind === 'content');
      if (!generated || !hidden?.key || !retitled?.key) throw new Error('no content slides');
      applyDeckEdits(other.db, 1, [
        { op: 'hide', key: hidden.key },
        { op: 'retitle', key: retitled.key, title: '会上改过的标题' },
      ]);
      const edited = await JSZip.loadAsync((await exportBriefing(other.db, 1, 'pptx')).bytes);
      const names = Object.keys(edited.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
      expect(names).toHaveLength(generated.slides.length - 1);
      const all = (await Promise.all(names.map((name) => zipPart(edited, name)))).map((xml) => texts(xml).join('')).join('\n');
      expect(all).toContain('会上改过的标题');
      const hiddenIndex = generated.slides.indexOf(hidden);
      const nextShown = texts(await zipPart(edited, `ppt/slides/slide${hiddenIndex + 1}.xml`)).join('');
      expect(nextShown).not.toContain(hidden.title);
    } finally {
      other.close();
    }
  });

  it('shows a corrected figure under its corrected label, tagged 已更正, and leaves an excluded one out', async () => {
    const other = startCore(':memory:', dataDir);
    try {
      correctFigure(other.db, 1, { figureKey: '社会消费品零售总额|-|亿元', label: '全年社会消费品零售总额' }, '李编辑');
      correctFigure(other.db, 1, { figureKey: '城镇新增就业（累计）|“十四五”以来|万人', excluded: true }, '李编辑');
      const corrected = await JSZip.loadAsync((await exportBriefing(other.db, 1, 'pptx')).bytes);
      const slide = texts(await zipPart(corrected, 'ppt/slides/slide5.xml')).join('');
      expect(slide).toContain('全年社会消费品零售总额');
      expect(slide).toContain('5615.3');
      expect(slide).toContain('已更正'); // tagged on its card, as in the app
      expect(slide).not.toContain('103.8');
      const generatedSlide = texts(await zipPart(zip, 'ppt/slides/slide5.xml')).join('');
      expect(generatedSlide).not.toContain('已更正');
    } finally {
      other.close();
    }
  });
});
