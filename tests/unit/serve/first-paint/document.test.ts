import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { composeFirstPaintDocument } from '../../../../main/serve/first-paint/document';
import { builtIndexHtml } from '../../../support/built-index';

const template = builtIndexHtml({ script: '/assets/index-abc.js', stylesheet: '/assets/index-def.css' });
const preDrawn = {
  markup: '<div id="layer"><h1>“十四五”成就</h1></div>',
  script: 'startFirstPaint();',
  appEntryAttribute: 'data-app-entry',
  glyphDataId: 'glyphs',
};
const glyphs = [{ weight: 700, unicodeRange: 'U+4E94', woff2: 'd09GMgAB' }];
const sha = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('the first-paint document', () => {
  const { html, policy } = composeFirstPaintDocument({ template, style: '.stage{color:navy}', preDrawn, glyphs, title: 'A & <B>' });

  it('inlines the styles in <head> and draws the slide first thing in <body>, then its glyphs and script', () => {
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain('<style>.stage{color:navy}</style>');
    const body = html.slice(html.indexOf('<body>'));
    const glyphBlock = `<script type="application/json" id="glyphs">${JSON.stringify(glyphs)}</script>`;
    expect(body.indexOf('<div id="layer">')).toBeLessThan(body.indexOf(glyphBlock));
    expect(body.indexOf(glyphBlock)).toBeLessThan(body.indexOf('<script>startFirstPaint();</script>'));
    expect(body.indexOf('<script>startFirstPaint();</script>')).toBeLessThan(body.indexOf('<div id="root">'));
  });

  it('moves the stylesheet after the slide, so it holds back nothing above it', () => {
    expect(html.indexOf('rel="stylesheet"')).toBeGreaterThan(html.indexOf('<div id="layer">'));
    expect(html.indexOf('rel="stylesheet"')).toBeLessThan(html.indexOf('<div id="root">'));
    expect(html.match(/rel="stylesheet"/g)).toHaveLength(1);
  });

  it('turns the entry module into a marked modulepreload for the first-paint script to start', () => {
    expect(html).not.toContain('<script type="module"');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/index-abc.js" data-app-entry>');
  });

  it("names the briefing in the window's title, escaped", () => {
    expect(html).toContain('<title>A &amp; &lt;B&gt;</title>');
  });

  it("keeps a title with $' $` $& (finance notation) as written: no replacement pattern, one <title>", () => {
    const title = "收益率$'与$`及$&和$$";
    const composed = composeFirstPaintDocument({ template, style: '.a{}', preDrawn: { ...preDrawn, markup: `<p>${title}</p>` }, glyphs, title });
    expect(composed.html.match(/<title>/g)).toHaveLength(1);
    expect(composed.html).toContain(`<title>${title.replace("&", "&amp;")}</title>`);
    expect(composed.html).toContain(`<p>${title}</p>`);
    expect(composed.html.match(/<body>/g)).toHaveLength(1);
  });

  it('allows exactly its inline style and script by hash, and nothing else inline', () => {
    expect(policy).toContain(`script-src 'self' ${sha('startFirstPaint();')};`);
    expect(policy).toContain(`style-src 'self' ${sha('.stage{color:navy}')};`);
    expect(policy).toContain("font-src 'self';"); // glyphs become fonts from bytes, not from data: URLs
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain("default-src 'none'");
  });

  it('writes glyph data that cannot end its block early', () => {
    const odd = composeFirstPaintDocument({ template, style: '', preDrawn, glyphs: [{ ...glyphs[0]!, unicodeRange: '</script><script>x()' }], title: 't' });
    expect(odd.html).not.toContain('</script><script>x()');
    expect(odd.html).toContain('\\u003c/script>\\u003cscript>x()');
  });

  it('refuses a template it cannot place things in, and inline text that would close its element', () => {
    expect(() => composeFirstPaintDocument({ template: '<html><body></body></html>', style: '', preDrawn, glyphs, title: 't' })).toThrow();
    expect(() => composeFirstPaintDocument({ template: template.replace(/<script[^>]*><\/script>/, ''), style: '', preDrawn, glyphs, title: 't' })).toThrow(
      /module script/,
    );
    expect(() => composeFirstPaintDocument({ template, style: 'a{}</style><script>x()</script>', preDrawn, glyphs, title: 't' })).toThrow(/close/);
    expect(() => composeFirstPaintDocument({ template, style: '', preDrawn: { ...preDrawn, script: '"</script>"' }, glyphs, title: 't' })).toThrow(/close/);
  });
});
