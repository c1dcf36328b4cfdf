import type JSZip from 'jszip';
import { derivedNote } from './charts';
import { colours, language, typeface } from './look';

/**
 * What pptxgenjs leaves to be done in the package's XML, done here:
 *  - the theme names no East Asian typeface (`<a:ea typeface=""/>`, 等线 for Simplified Chinese), and chart
 *    text names only a Latin one, so PowerPoint and WPS would set the Chinese in whatever they pick: every
 *    `a:latin` gets its `a:ea` sibling, and the theme's East Asian fonts become the deck's typeface;
 *  - speaker notes come as one run of text in English: they become one paragraph per line, in Chinese;
 *  - a chart's data label can only show the bare number: each point gets its own label text, the value as
 *    the report writes it (约4760.5亿元, 95%以上, 九成) with （推算） where derived, as the app labels it.
 */
export interface SlideFinish {
  /** Labels of the slide's chart points, in data order; null for a slide without a chart. */
  readonly chartLabels: readonly string[] | null;
  readonly notes: readonly string[];
}

export async function finishPackage(zip: JSZip, slides: readonly SlideFinish[]): Promise<void> {
  await rewrite(zip, 'ppt/theme/theme1.xml', eastAsianTheme);
  for (const [i, slide] of slides.entries()) {
    const number = i + 1;
    await rewrite(zip, `ppt/slides/slide${number}.xml`, chineseLanguage);
    await rewrite(zip, `ppt/notesSlides/notesSlide${number}.xml`, (xml) => chineseLanguage(notesParagraphs(xml, slide.notes)));
    if (slide.chartLabels) {
      const labels = slide.chartLabels;
      const chart = await chartOfSlide(zip, number);
      if (!chart) throw new Error(`幻灯片 ${number} 的图表没有写入演示文稿`);
      await rewrite(zip, chart, (xml) => labelPoints(eastAsianRuns(chineseLanguage(xml)), labels));
    }
  }
}

async function rewrite(zip: JSZip, path: string, change: (xml: string) => string): Promise<void> {
  const file = zip.file(path);
  if (!file) throw new Error(`演示文稿缺少 ${path}`);
  zip.file(path, change(await file.async('string')));
}

/** The chart part a slide points to (pptxgenjs numbers charts across every presentation it has made). */
async function chartOfSlide(zip: JSZip, number: number): Promise<string | null> {
  const rels = await zip.file(`ppt/slides/_rels/slide${number}.xml.rels`)?.async('string');
  const target = rels ? /charts\/(chart\d+\.xml)/.exec(rels)?.[1] : undefined;
  return target ? `ppt/charts/${target}` : null;
}

function eastAsianTheme(xml: string): string {
  return xml
    .replace(/<a:ea typeface=""\/>/g, `<a:ea typeface="${typeface}"/>`)
    .replace(/<a:font script="Hans" typeface="[^"]*"\/>/g, `<a:font script="Hans" typeface="${typeface}"/>`);
}

/** Every Latin typeface also named for East Asian text. */
function eastAsianRuns(xml: string): string {
  return xml.replace(/<a:latin typeface="([^"]*)"\/>(?!\s*<a:ea)/g, '<a:latin typeface="$1"/><a:ea typeface="$1"/>');
}

function chineseLanguage(xml: string): string {
  return xml.replace(/lang="en-US"/g, `lang="${language}"`);
}

/** Text safe inside an XML element (and without the control characters XML 1.0 forbids). */
export function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const runProperties = (size: number, bold: boolean, colour: string): string =>
  `<a:rPr lang="${language}" altLang="en-US" sz="${size * 100}" b="${bold ? 1 : 0}" dirty="0"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>` +
  `<a:latin typeface="${typeface}"/><a:ea typeface="${typeface}"/></a:rPr>`;

function notesParagraphs(xml: string, lines: readonly string[]): string {
  const paragraphs = (lines.length > 0 ? lines : [''])
    .map((line) =>
      line === ''
        ? `<a:p><a:endParaRPr lang="${language}" dirty="0"/></a:p>`
        : `<a:p><a:r><a:rPr lang="${language}" altLang="en-US" dirty="0"><a:latin typeface="${typeface}"/><a:ea typeface="${typeface}"/></a:rPr><a:t>${xmlText(line)}</a:t></a:r></a:p>`,
    )
    .join('');
  const body = /(<p:ph type="body" idx="1"\/>[\s\S]*?<p:txBody><a:bodyPr\/><a:lstStyle\/>)[\s\S]*?(<\/p:txBody>)/;
  if (!body.test(xml)) throw new Error('备注页的正文占位符不是预期的格式');
  return xml.replace(body, (_match, start: string, end: string) => `${start}${paragraphs}${end}`);
}

/**
 * A point's label as rich text, as the app draws it: the value bold, （推算） on a line of its own below it.
 * Not wrapped: a label the viewer wraps would break 5615.3亿元 between 亿 and 元.
 */
function richLabel(label: string): string {
  const derived = label.endsWith(derivedNote);
  const value = derived ? label.slice(0, -derivedNote.length) : label;
  const line = (text: string, bold: boolean, colour: string, size: number): string =>
    `<a:p><a:pPr><a:defRPr sz="${size * 100}" b="${bold ? 1 : 0}"/></a:pPr><a:r>${runProperties(size, bold, colour)}<a:t>${xmlText(text)}</a:t></a:r></a:p>`;
  return (
    `<c:tx><c:rich><a:bodyPr wrap="none"/><a:lstStyle/>${line(value, true, colours.ink, 16)}` +
    `${derived ? line(derivedNote, false, colours.inkSoft, 12) : ''}</c:rich></c:tx>`
  );
}

const shownLabel =
  '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>';

/**
 * Each point's data label set to its text. A doughnut already lists a `c:dLbl` per point (the text goes
 * right after its index, as the schema orders it); a bar chart's series gets one per point.
 */
function labelPoints(xml: string, labels: readonly string[]): string {
  const series = /<c:ser>[\s\S]*?<\/c:ser>/.exec(xml);
  if (!series) throw new Error('图表没有数据系列');
  let ser = series[0];
  if (/<c:dLbl>/.test(ser)) {
    labels.forEach((label, idx) => {
      ser = ser.replace(new RegExp(`<c:dLbl>\\s*<c:idx val="${idx}"/>`), (start) => `${start}${richLabel(label)}`);
    });
  } else {
    const own = labels.map((label, idx) => `<c:dLbl><c:idx val="${idx}"/>${richLabel(label)}<c:dLblPos val="outEnd"/>${shownLabel}</c:dLbl>`).join('');
    if (!/<c:dLbls>/.test(ser)) throw new Error('图表的数据系列没有数据标签');
    ser = ser.replace('<c:dLbls>', () => `<c:dLbls>${own}`);
  }
  return xml.slice(0, series.index) + ser + xml.slice(series.index + series[0].length);
}
