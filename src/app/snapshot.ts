// The page the renderer and the prerender pass between them. Its own file, importing nothing, because it is
// the one file of src/app that scripts/ may import (eslint.config.js).

/**
 * The build-time snapshot of the first screen, as the app's renderer (src/app/render-snapshot.tsx) hands it
 * to the prerender step (scripts/prerender.ts), which puts it into index.html.
 */
export interface Snapshot {
  /** The markup that goes inside #root. */
  html: string;
  /** The as-of date it was judged at (YYYY-MM-DD). */
  asOf: string;
  /** The first as-of date it is no longer true for (exclusive, snapshotValidUntil); null: true ever after. */
  validUntil: string | null;
  /** Number of panels in it. */
  panels: number;
  /** The line shown instead while the snapshot is not true for a visit. */
  loadingText: string;
  /** localStorage keys that hold imported figures (a visit with any of them is not the snapshot's view). */
  storageKeys: readonly string[];
}
