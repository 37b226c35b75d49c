// The references for first-paint timing, pages with no JavaScript:
// - the plain floor, the one the target is measured against: a static HTML page with every number of the
//   app's first screen (taken from the app's own first screen, each with its label: the header's counts by
//   status and totals, the toolbar's result count, and each visible panel's figures, gap and growth under
//   its title and unit; not its status badge, reason line or the controls), the same markup classes for
//   the panels so the same probe times it, a few lines of inline CSS, and the app's own font-family: text
//   in a font the page does not name costs a browser a fallback search per character (on the bench machine
//   a plain page in system-ui was slower than the app), and a floor must not pay for what the app does not;
// - the app's own page without its scripts: the same index.html, snapshot and inline CSS, with the starter
//   and the app it would add taken out — the difference to the app is what its JavaScript costs the first
//   frame, the difference to the plain floor what its markup and CSS cost.

import { START_TEMPLATE, STARTER_FILE } from '../lib/snapshot-html';

export interface LabelledValue {
  label: string;
  value: string;
}

export interface FirstScreenPanel {
  title: string;
  meta: string;
  /** Baseline, latest actual, target. */
  figures: LabelledValue[];
  /** Gap and growth figures. */
  growth: LabelledValue[];
}

export interface FirstScreen {
  /** The header's and toolbar's numbers as the page shows them, one item each. */
  summary: string[];
  panels: FirstScreenPanel[];
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function list(className: string, items: readonly LabelledValue[]): string {
  if (items.length === 0) return '';
  const rows = items.map((f) => `<div class="figure"><dt>${esc(f.label)}</dt><dd>${esc(f.value)}</dd></div>`);
  return `<dl class="${className}">${rows.join('')}</dl>`;
}

/** `fontFamily` is a CSS font-family value (the app's computed one); characters that could end the rule
 * are dropped. */
export function floorPage(screen: FirstScreen, fontFamily: string, title = '科技金融指标看板'): string {
  const summary = screen.summary.length
    ? `<ul class="summary">${screen.summary.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>`
    : '';
  const body = screen.panels
    .map(
      (p) =>
        `<article class="panel"><h3>${esc(p.title)}</h3><p class="panel-meta">${esc(p.meta)}</p>` +
        list('panel-figures', p.figures) +
        list('panel-growth', p.growth) +
        '</article>',
    )
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>body{margin:0;font-family:${fontFamily.replace(/[<>{};]/g, '') || 'sans-serif'}}main{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:12px;padding:12px}
.summary{display:flex;flex-wrap:wrap;gap:4px 12px;list-style:none;margin:0;padding:0 12px}
.panel{border:1px solid #ccc;border-radius:6px;padding:8px}.panel h3{margin:0 0 4px;font-size:16px}.panel p{margin:4px 0}
dl{display:flex;gap:12px;margin:0 0 4px}dd{margin:0;font-weight:600}</style>
</head><body><header><h1>${esc(title)}</h1>${summary}</header><main>
${body}
</main></body></html>
`;
}

/** The built index.html without the starter and the app it adds (what deferStart put in). */
export function withoutApp(indexHtml: string): string {
  const from = indexHtml.indexOf(START_TEMPLATE);
  const starter = `<script defer src="./${STARTER_FILE}"></script>`;
  const to = indexHtml.indexOf(starter, from);
  if (from < 0 || to < 0)
    throw new Error(
      `index.html has no ${START_TEMPLATE}> followed by the starter (${STARTER_FILE}) to take out`,
    );
  return indexHtml.slice(0, from) + indexHtml.slice(to + starter.length);
}
