import { createHash } from 'node:crypto';
import { documentPolicy } from '../csp';
import type { InlineGlyphFace, PreDrawnSlide } from '../../shared/first-paint';

export interface FirstPaintDocument {
  readonly html: string;
  /** The Content-Security-Policy to serve it with: the base policy plus hashes of its inline style and script. */
  readonly policy: string;
}

export interface FirstPaintParts {
  /** The built index.html. */
  readonly template: string;
  /** Styles inlined in <head>: the app's rules (its web fonts' faces stay in its stylesheet). */
  readonly style: string;
  readonly preDrawn: PreDrawnSlide;
  /** The slide's glyphs, for the first-paint script to make font faces of. */
  readonly glyphs: readonly InlineGlyphFace[];
  /** The briefing's title, for the window title from the first moment. */
  readonly title: string;
}

const stylesheetLink = /[ \t]*<link\b[^>]*\brel="stylesheet"[^>]*>\n?/g;
const entryScript = /<script type="module"([^>]*)\bsrc="([^"]+)"([^>]*)><\/script>/;

/**
 * The document that paints the opening slide in its first frame. Into the built index.html go:
 * - in <head>, the app's styles inline (nothing to fetch before the first paint);
 * - first in <body>, the pre-drawn slide, its glyphs (a JSON block, inert) and the script that keeps or
 *   drops it and makes font faces of the glyphs;
 * - after them, the app's stylesheet link, moved out of <head>: a stylesheet in the body holds back only what
 *   follows it, so the slide above paints while the web fonts' rules (most of that file) are still on their way.
 * - the app's entry module script becomes a modulepreload link (fetched and compiled at once, as before) that
 *   the first-paint script runs once the slide has painted: running it holds the main thread for a while.
 */
export function composeFirstPaintDocument(parts: FirstPaintParts): FirstPaintDocument {
  const { template, style, preDrawn, glyphs, title } = parts;
  const links = template.match(stylesheetLink) ?? [];
  const entry = entryScript.exec(template);
  if (!entry) throw new Error('index.html has no module script');
  const preload = `<link rel="modulepreload"${entry[1] ?? ''}href="${entry[2] ?? ''}"${entry[3] ?? ''} ${preDrawn.appEntryAttribute}>`;
  // Every replacement below is a function: a string replacement reads $', $` and $& in it as patterns, and
  // report text (a title in finance notation) may hold them.
  const withoutLinks = template.replace(stylesheetLink, '').replace(entry[0], () => preload);
  const bodyOpen = /<body[^>]*>\n?/.exec(withoutLinks);
  if (!bodyOpen || !withoutLinks.includes('</head>')) throw new Error('index.html has no <head> or <body>');
  // `</` cannot end the inline elements early: style text never holds `</style`, the script is our own code.
  if (/<\/style/i.test(style) || /<\/script/i.test(preDrawn.script)) throw new Error('inline text would close its element');
  const head = `    <style>${style}</style>\n  </head>`;
  // JSON cannot hold a raw `<` once escaped, so nothing in it can end the block early.
  const glyphData = JSON.stringify(glyphs).replaceAll('<', '\\u003c');
  const body =
    `${preDrawn.markup}\n    <script type="application/json" id="${preDrawn.glyphDataId}">${glyphData}</script>\n` +
    `    <script>${preDrawn.script}</script>\n${links.map((link) => `    ${link.trim()}\n`).join('')}`;
  const html = withoutLinks
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`)
    .replace('</head>', () => head)
    .replace(bodyOpen[0], () => `${bodyOpen[0]}    ${body}`);
  return { html, policy: documentPolicy({ styleHashes: [sha256(style)], scriptHashes: [sha256(preDrawn.script)] }) };
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char);
}
