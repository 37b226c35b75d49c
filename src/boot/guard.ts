// The inline guard (docs/boot.md, step 1): the first script of the built page's <head>, inlined and allowed by
// its hash in the Content-Security-Policy (scripts/lib/snapshot-html.ts compiles it with the snapshot's
// values in place of the constants below). Before the first paint it decides whether the build-time
// snapshot of the first screen is true for this visit: the URL asks for the default view, no imported
// figures are stored, and today (the visitor's local day, as the app counts it) lies in [asOf, validUntil).
// Then it sets class snapshot-ok on <html> (snapshot.css shows the snapshot), and snapshot-later on a later
// day of the window. It never throws: storage may be disabled. It imports nothing.
declare const __SNAPSHOT_AS_OF__: string;
declare const __SNAPSHOT_VALID_UNTIL__: string | null;
declare const __SNAPSHOT_STORAGE_KEYS__: readonly string[];

(() => {
  const html = document.documentElement;
  const now = new Date();
  const pad = (n: number) => (n < 10 ? '0' : '') + n;
  const today = now.getFullYear() + '-' + pad(now.getMonth() + 1) + '-' + pad(now.getDate());
  let ok =
    today >= __SNAPSHOT_AS_OF__ &&
    (__SNAPSHOT_VALID_UNTIL__ === null || today < __SNAPSHOT_VALID_UNTIL__) &&
    !location.search;
  try {
    for (const key of __SNAPSHOT_STORAGE_KEYS__) if (ok && localStorage.getItem(key) !== null) ok = false;
  } catch {
    // Storage disabled: nothing can be stored there either.
  }
  if (ok)
    html.className +=
      (html.className ? ' ' : '') + 'snapshot-ok' + (today === __SNAPSHOT_AS_OF__ ? '' : ' snapshot-later');
})();

export {};
