import type { Annotation } from '../../shared/annotations';
import type { IndexedSlide, ReportIndex } from './report-index';
import { figureStatement } from '../../shared/format';
import type { FigureCorrection } from '../../shared/figure-corrections';

/**
 * A readable summary of a briefing's annotations in Markdown, for colleagues who just want to read them:
 * grouped by slide in the order of the deck (annotations no slide could take come last), each with its
 * author, date, the quoted text or figure, the note and its tags. Deleted annotations are left out.
 * Every text put in (notes, names and tags may come from anyone's file) goes through `inert`.
 */
export function toMarkdown(
  title: string,
  index: ReportIndex,
  annotations: readonly Annotation[],
  now: Date,
  /** The corrections in force on the briefing's figures, by key: a note on a figure names it as the slides do. */
  corrections: ReadonlyMap<string, FigureCorrection> = new Map(),
): string {
  const about = (annotation: Annotation): string[] => entry(annotation, index, corrections);
  const live = annotations.filter((a) => a.deletedAt === null);
  const bySlide = new Map<string, Annotation[]>();
  const unplaced: Annotation[] = [];
  for (const annotation of live) {
    const slideId = annotation.orphan ? null : annotation.slideId;
    if (slideId === null || !index.slideById.has(slideId)) unplaced.push(annotation);
    else bySlide.set(slideId, [...(bySlide.get(slideId) ?? []), annotation]);
  }
  const lines = [`# 批注摘要：${inert(title)}`, '', `导出时间：${localTime(now.toISOString())}　共 ${live.length} 条批注`, ''];
  if (live.length === 0) lines.push('（没有批注）', '');
  for (const slide of index.slides) {
    const group = bySlide.get(slide.id);
    if (group) lines.push(`## ${slideHeading(slide)}`, '', ...group.flatMap(about));
  }
  if (unplaced.length > 0) {
    lines.push('## 未能定位的批注', '', '报告修改后，这些批注找不到原来的位置，内容保留如下。', '');
    lines.push(...unplaced.flatMap(about));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function slideHeading(slide: IndexedSlide): string {
  switch (slide.kind) {
    case 'cover':
      return `封面 · ${inert(slide.title)}`;
    case 'agenda':
      return '目录';
    case 'divider':
      return `${slide.id.replace(/^part-/, '第 ')} 部分 · ${inert(slide.title)}`;
    case 'closing':
      return `结束页 · ${inert(slide.title)}`;
    case 'content':
      return inert(slide.title);
  }
}

/** One list item: who and when, then what it is about (as a block quote), the note and its tags. */
function entry(annotation: Annotation, index: ReportIndex, corrections: ReadonlyMap<string, FigureCorrection>): string[] {
  const edited = annotation.editedAt !== null ? `（修改于 ${localTime(annotation.editedAt)}）` : '';
  const blocks: string[][] = [];
  const about = subject(annotation, index, corrections);
  if (about) blocks.push(about.split('\n').map((line) => `  > ${line}`));
  const note = annotation.body === '' ? [] : annotation.body.split('\n').map((line) => `  ${inert(line)}`);
  if (annotation.tags.length > 0) note.push(`  标签：${annotation.tags.map((t) => `#${inert(t)}`).join(' ')}`);
  if (note.length > 0) blocks.push(note);
  const head = `- **${inert(annotation.author)}** · ${localTime(annotation.createdAt)}${edited}`;
  return [head, ...blocks.flatMap((block, i) => (i === 0 ? block : ['', ...block])), ''];
}

/** A quote as a reader sees it: inline markup dropped, layout breaks joined (as the slides show it). */
const plainQuote = (exact: string): string => inert(exact.replace(/<\/?(?:sub|sup)>/gi, '').replace(/\n+/g, ''));

/** What the note is about, in words: the quote, the figure, or the ink. */
function subject(annotation: Annotation, index: ReportIndex, corrections: ReadonlyMap<string, FigureCorrection>): string | null {
  const { anchor } = annotation;
  switch (anchor.kind) {
    case 'quote':
      return `“${plainQuote(anchor.quote.exact)}”`;
    case 'figure': {
      const reported = index.figures.get(anchor.figureKey);
      const correction = reported ? corrections.get(anchor.figureKey) : undefined;
      // The corrected fields laid over the report's, as reviewFigure does for the slides.
      const figure = reported && correction ? { ...reported, ...correction.fields } : reported;
      const mark = correction ? '（已更正）' : '';
      const value = inert(figure ? `${figure.label}：${figureStatement(figure)}${mark}` : anchor.figureKey);
      return anchor.quote ? `数据 ${value}\n“${plainQuote(anchor.quote.exact)}”` : `数据 ${value}`;
    }
    case 'ink':
      return `（墨迹批注，${anchor.strokes.length} 笔）`;
    case 'slide':
      return null;
  }
}

const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * One line of text as inert Markdown: it reads as the characters it has and can neither run nor link.
 * `<`, `>` and `&` become entities, so no HTML (`<script>`, `<img onerror>`) or autolink (`<javascript:…>`)
 * can form in any renderer, CommonMark or not. Brackets are escaped, so no link or image (`[x](javascript:…)`)
 * can either; so are the characters that would restyle the line (emphasis, code, strike-through, tables).
 * A line that would open a block (list, rule, heading underline) has its marker escaped. Other punctuation
 * is left alone, so that the file still reads well as plain text ("PM2.5", "2021-2025").
 */
export function inert(line: string): string {
  const inline = line.replace(/[&<>]/g, (c) => entities[c] ?? c).replace(/[\\`*_[\]~|#]/g, '\\$&');
  // "-", "+", "=" or "1." / "1)" at the start of the line: its last character escaped, as "\-" or "1\.".
  return inline.replace(/^(\s*(?:\d+)?)([-+=.)])/, '$1\\$2');
}

/** `2026-03-04 09:05`, in the machine's own time zone (what the reader expects). */
export function localTime(isoTime: string): string {
  const d = new Date(isoTime);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
