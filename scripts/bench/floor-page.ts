// The floor for first-paint timing: a plain static HTML page, no JavaScript, showing the same
// first-screen panels and numbers as the app (taken from the app's own first screen), with the same
// markup classes so the same probe times it. System fonts, a few lines of inline CSS.

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
