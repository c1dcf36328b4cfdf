/**
 * A saved web page: the article only. Readability (Firefox's reader view) finds it and leaves out the
 * site's navigation, sidebars, footers and their numbers (hotline, ICP 备案号, 热点排行), which must never
 * become figures. A page Readability finds no article in falls back to its <article> or <main>, else to
 * its body without nav, header, footer and aside.
 */
import { composeSource, escapeInline, type DocBlock } from './compose';
import type * as ReaderView from '@mozilla/readability';
import type * as Linkedom from 'linkedom';
import { decodeHtml } from './html-encoding';
import { DocumentError } from './errors';
import { htmlBlocks } from './html-blocks';
import { exportsOf } from './lazy-library';

/** The DOM and reader-view libraries, loaded by the first web page imported: a text, a PDF or a Word file needs neither (linkedom alone takes 150 ms to load). */
async function pageLibraries(): Promise<PageLibraries> {
  const [linkedom, readerView] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
  return { parseHTML: exportsOf<typeof Linkedom>(linkedom).parseHTML, Readability: exportsOf<typeof ReaderView>(readerView).Readability };
}

interface PageLibraries {
  readonly parseHTML: typeof Linkedom.parseHTML;
  readonly Readability: typeof ReaderView.Readability;
}

export async function htmlSource(bytes: Uint8Array, fileName: string): Promise<string> {
  const html = decodeHtml(bytes, fileName);
  const blocks = articleBlocks(html, await pageLibraries());
  if (blocks.every((block) => block.kind !== 'paragraph')) {
    throw new DocumentError('NOT_HTML', `网页“${fileName}”中找不到正文（没有成段的文字）`);
  }
  return composeSource(blocks);
}

function articleBlocks(html: string, { parseHTML, Readability }: PageLibraries): DocBlock[] {
  const article = new Readability(parseHTML(html).document, { charThreshold: 200, keepClasses: false }).parse();
  if (article?.content) {
    const { document } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    const blocks = htmlBlocks(document.body);
    const title = article.title?.trim() ?? '';
    if (blocks.some((block) => block.kind === 'paragraph')) return withTitle(blocks, title);
  }
  const { document } = parseHTML(html);
  const main = document.querySelector('article') ?? document.querySelector('main') ?? document.body;
  return main ? withTitle(htmlBlocks(main), document.title ?? '') : [];
}

/**
 * The article's title: its own headline when it opens the article (a heading of a level no other heading
 * has), else the page's title without the site's name (…_青川省人民政府门户网站). Readability takes the
 * headline out of the article when it repeats the page title: then the page title goes back in first.
 */
function withTitle(blocks: DocBlock[], pageTitle: string): DocBlock[] {
  const first = blocks.find((block) => !isPageFurniture(block.text));
  const rest = blocks.filter((block) => block !== first && !isPageFurniture(block.text));
  const title = withoutSiteName(pageTitle);
  // Readability makes the article's <h1> an <h2>: the headline is known by being the page's title too.
  if (first && first.kind === 'heading' && (first.text === title || !rest.some((block) => block.kind === 'heading' && block.level <= first.level))) {
    return [{ ...first, kind: 'title' }, ...rest];
  }
  return title === '' ? rest : [{ kind: 'title', level: 0, markdown: escapeInline(title), text: title }, ...(first ? [first] : []), ...rest];
}

/** 标题_某某省人民政府门户网站 / 标题 - 新闻中心 - 某某网 → 标题. */
function withoutSiteName(title: string): string {
  const parts = title.split(/\s*[_|｜]\s*|\s+[-–—－]+\s+/u).filter(Boolean);
  const named = parts.filter((part) => !/(?:网|网站|门户|政府|频道|新闻中心|首页|官网)$/u.test(part));
  return (named[0] ?? parts[0] ?? '').trim();
}

/** The lines a news page puts around its article: date and source, view counts, font size, share, print. */
const FURNITURE = /^(?:发布时间|发布日期|日期|时间|来源|作者|编辑|责任编辑|审核|浏览次数|阅读次数|点击数|访问量|字号|【?字体|分享到|打印|关闭|扫一扫|【打印|【关闭|上一篇|下一篇|相关链接|附件)/u;

export function isPageFurniture(text: string): boolean {
  if (text.length > 80) return false;
  return FURNITURE.test(text) || /(?:浏览次数|阅读次数|点击数|访问量)[:：]?\s*\d/u.test(text);
}
