/** index.html in the shape `vite build` writes it: the entry module and the stylesheet in <head>, #root in <body>. */
export function builtIndexHtml(assets: { readonly script: string; readonly stylesheet: string; readonly title?: string }): string {
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <title>${assets.title ?? '简报 Briefing'}</title>
    <script type="module" crossorigin src="${assets.script}"></script>
    <link rel="stylesheet" crossorigin href="${assets.stylesheet}">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;
}
