// The starter (docs/boot.md, step 2): a file of its own (scripts/prerender.ts writes it as STARTER_FILE, named
// by its content), an external script from our origin, so a host whose own CSP does not list our hashes
// still starts the app. It puts the app's script and its module preloads (kept inert in
// <template id="app-start">) into the page, and starts the dataset worker named on the template downloading
// the dataset, so the download runs while the app's script loads; the worker waits in
// window.__scitechDataset for the app (src/data/parse-off-main.ts takes it over and asks it to parse).
// When the snapshot is shown, it waits until the page is parsed and a frame has been drawn (or 500 ms, for a
// tab in the background, where frames do not come), so that fetching and compiling the app does not compete
// with painting the first screen; otherwise it starts at once. It imports nothing.

interface Started {
  url: string;
  worker: Worker;
  failed?: boolean;
}

(() => {
  const template = document.getElementById('app-start') as HTMLTemplateElement;
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    const worker = template.getAttribute('data-worker');
    const dataset = template.getAttribute('data-dataset');
    if (worker && dataset && window.Worker)
      try {
        const started: Started = {
          url: new URL(dataset, document.baseURI).href,
          worker: new Worker(worker, { type: 'module' }),
        };
        started.worker.onerror = (e) => {
          e.preventDefault();
          started.failed = true;
        };
        started.worker.postMessage({ url: started.url });
        (window as unknown as { __scitechDataset: Started }).__scitechDataset = started;
      } catch {
        // No worker: the app fetches the dataset itself.
      }
    document.head.appendChild(document.importNode(template.content, true));
  };
  const later = () => {
    requestAnimationFrame(() => setTimeout(go, 0));
    setTimeout(go, 500);
  };
  if (!/(^| )snapshot-ok( |$)/.test(document.documentElement.className)) go();
  else if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', later);
  else later();
})();

export {};
