// React keys for the cells of the windowed list. A panel that stays on the page keeps its key, so it is
// neither remounted nor redrawn. When the view changes (a filter, the order, the density), the cells of the
// panels that leave are handed to the panels that arrive: React updates them in place, and their charts
// take the new option instead of being created again (with echarts-for-react a new chart costs a second
// instance, a forced layout and an extra frame). Cells that were in view go to panels in view, so their
// charts, already drawn, are reused; while scrolling, arriving panels get cells of their own.

export interface Slots {
  /** The view the keys were assigned in. */
  view: string;
  /** Key of each panel on the page. */
  key: ReadonlyMap<string, number>;
  /** Keys of the cells that were in view. */
  inView: ReadonlySet<number>;
  /** The next unused key. */
  next: number;
}

export interface Cell {
  id: string;
  inView: boolean;
}

export const NO_SLOTS: Slots = { view: '', key: new Map(), inView: new Set(), next: 0 };

/** The keys for `cells` (in list order) in `view`; `prev` itself when nothing changed. */
export function assignSlots(prev: Slots, cells: readonly Cell[], view: string): Slots {
  const same = view === prev.view && cells.length === prev.key.size && cells.every((c) => prev.key.has(c.id));
  if (same) return prev;

  const recycle = view !== prev.view;
  const shown = new Set(cells.map((c) => c.id));
  // Cells of the panels that leave, those that were in view first.
  const freedInView: number[] = [];
  const freedOther: number[] = [];
  if (recycle)
    for (const [id, k] of prev.key)
      if (!shown.has(id)) (prev.inView.has(k) ? freedInView : freedOther).push(k);

  let next = prev.next;
  const key = new Map<string, number>();
  const inView = new Set<number>();
  for (const c of cells) {
    let k = prev.key.get(c.id);
    if (k === undefined) {
      const [mine, other] = c.inView ? [freedInView, freedOther] : [freedOther, freedInView];
      k = mine.shift() ?? other.shift() ?? next++;
    }
    key.set(c.id, k);
    if (c.inView) inView.add(k);
  }
  return { view, key, inView, next };
}
