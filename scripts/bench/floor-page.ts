// The floors for first-paint timing, pages with no JavaScript that show the same first-screen numbers:
// - plain: a static HTML page with the same first-screen panels and numbers as the app (taken from the
//   app's own first screen), the same markup classes so the same probe times it, system fonts and a few
//   lines of inline CSS — the floor the target is measured against;
// - styled: a snapshot of the app's own rendered document with its scripts removed, so it keeps the app's
//   stylesheet and web fonts — the difference between the two floors is the cost of the CSS and fonts,
//   and the difference between the styled floor and the app is the cost of the JavaScript.

export interface FirstScreenPanel {
  title: string;
  meta: string;
  figures: { label: string; value: string }[];
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function floorPage(panels: readonly FirstScreenPanel[], title = '科技金融指标看板'): string {
  const body = panels
    .map(
      (p) =>
        `<article class="panel"><h3>${esc(p.title)}</h3><p class="panel-meta">${esc(p.meta)}</p>` +
        `<dl class="panel-figures">${p.figures
          .map((f) => `<div class="figure"><dt>${esc(f.label)}</dt><dd>${esc(f.value)}</dd></div>`)
          .join('')}</dl></article>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>body{margin:0;font-family:system-ui,sans-serif}main{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:12px;padding:12px}
.panel{border:1px solid #ccc;border-radius:6px;padding:8px}.panel h3{margin:0 0 4px;font-size:16px}.panel-figures{display:flex;gap:12px;margin:0}.figure dd{margin:0;font-weight:600}</style>
</head><body><header><h1>${esc(title)}</h1></header><main>
${body}
</main></body></html>
`;
}

/** The app's rendered document (outerHTML) without scripts or module preloads. */
export function styledFloorPage(documentHtml: string): string {
  return `<!doctype html>\n${documentHtml
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*rel=["']modulepreload["'][^>]*>/gi, '')}`;
}
