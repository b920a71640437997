// The analyst's place in a view lives in the URL, so Back returns to it and a link shares it:
//   id=X  the selected item (a conflict, claim, entity, event, document row): marked, focused and centred;
//   at=X  the scroll anchor: the item (or, in the reader, the text offset) at the top of the window.
// Items are the elements with data-anchor="X"; a view can anchor otherwise (the reader anchors on text offsets).
// Both are written with history.replaceState, which neither adds a history entry nor fires hashchange.

/** How a view finds and restores its scroll anchor when items with data-anchor do not suffice. */
export interface Anchoring {
  /** the anchor at the top of the window, or null at the top of the view */
  current(top: number): string | null;
  /** scrolls so that the anchor is at the top of the window; false when the anchor is not in the view */
  restore(anchor: string, top: number): boolean;
}

/** Height of the sticky header: what lies under it is not in view. */
export function headerHeight(): number {
  return document.querySelector('header.top')?.getBoundingClientRect().bottom ?? 0;
}

const anchored = (root: ParentNode, id: string) => [...root.querySelectorAll<HTMLElement>('[data-anchor]')].find((el) => el.dataset.anchor === id) ?? null;

/** The hash with some parameters set (or removed when null), the rest kept in order. */
export function withParams(hash: string, set: Record<string, string | null>): string {
  const [path, search = ''] = hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(search);
  for (const [k, v] of Object.entries(set)) {
    if (v === null) params.delete(k);
    else params.set(k, v);
  }
  const q = params.toString();
  return `#${path}${q ? `?${q}` : ''}`;
}

function replaceHash(set: Record<string, string | null>): void {
  const next = withParams(location.hash, set);
  if (next !== location.hash) history.replaceState(history.state, '', next);
}

/** Marks one item as selected: class, aria-current and focus (without scrolling). */
function select(root: ParentNode, el: HTMLElement | null): void {
  for (const old of root.querySelectorAll<HTMLElement>('[data-anchor].selected')) {
    old.classList.remove('selected');
    old.removeAttribute('aria-current');
  }
  if (!el) return;
  el.classList.add('selected');
  el.setAttribute('aria-current', 'true');
}

/** The item whose box is the first one below the header: the scroll anchor of a list. */
function topItem(root: ParentNode, top: number): string | null {
  for (const el of root.querySelectorAll<HTMLElement>('[data-anchor]')) {
    const box = el.getBoundingClientRect();
    if (box.height && box.bottom > top + 1) return el.dataset.anchor ?? null;
  }
  return null;
}

/** Puts the view back where the URL says: the selected item centred, or the anchor at the top. Returns whether it scrolled. */
export function restorePlace(root: HTMLElement, params: URLSearchParams, anchoring?: Anchoring): boolean {
  const top = headerHeight();
  const id = params.get('id');
  const at = params.get('at');
  const chosen = id ? anchored(root, id) : null;
  select(root, chosen);
  if (at && (anchoring ? anchoring.restore(at, top) : scrollToItem(anchored(root, at), top))) {
    chosen?.focus({ preventScroll: true });
    return true;
  }
  if (chosen) {
    chosen.tabIndex = -1;
    // centred, unless taller than the window: then its start just below the header
    if (chosen.getBoundingClientRect().height > innerHeight - top) scrollToItem(chosen, top + 8);
    else chosen.scrollIntoView({ block: 'center' });
    chosen.focus({ preventScroll: true });
    return true;
  }
  return false;
}

function scrollToItem(el: HTMLElement | null, top: number): boolean {
  if (!el) return false;
  window.scrollBy(0, el.getBoundingClientRect().top - top);
  return true;
}

interface Keeper {
  /** the view now in the page, or null while one is loading */
  root: HTMLElement | null;
  anchoring?: Anchoring;
}

/** Keeps the URL up to date as the analyst scrolls and clicks: the scroll anchor on scroll, the item on click. */
export function keepPlace(container: HTMLElement): (root: HTMLElement | null, anchoring?: Anchoring) => void {
  const state: Keeper = { root: null };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const record = () => {
    const root = state.root;
    if (!root) return;
    const top = headerHeight();
    const anchor = window.scrollY < 4 ? null : state.anchoring ? state.anchoring.current(top) : topItem(root, top);
    replaceHash({ at: anchor });
  };
  window.addEventListener(
    'scroll',
    () => {
      clearTimeout(timer);
      timer = setTimeout(record, 120);
    },
    { passive: true },
  );
  // a click inside an item selects it, before any link in it is followed: Back comes back to it
  container.addEventListener(
    'click',
    (e) => {
      const root = state.root;
      const item = root && (e.target as Element).closest?.('[data-anchor]');
      if (!root || !(item instanceof HTMLElement) || !root.contains(item)) return;
      record();
      select(root, item);
      replaceHash({ id: item.dataset.anchor ?? null });
    },
    true,
  );
  return (root, anchoring) => {
    clearTimeout(timer);
    state.root = root;
    state.anchoring = anchoring;
  };
}
