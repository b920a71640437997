import type { Overview } from './api.js';
import { h, type Props } from './dom.js';

/** A labelled filter: choosing an option goes to the address `go(value)` gives, so the filter is in the URL (Back undoes it). */
export function filterSelect(label: string, name: string, current: string, options: [string, string, Props?][], go: (value: string) => string): HTMLElement {
  return h(
    'label',
    {},
    `${label} `,
    h(
      'select',
      {
        name,
        onChange: (e) => {
          location.hash = go((e.target as HTMLSelectElement).value);
        },
      },
      h('option', { value: '' }, 'all'),
      options.map(([v, text, props]) => h('option', { dir: 'auto', ...props, value: v, selected: current === v }, text)),
    ),
  );
}

/** A labelled day (YYYY-MM-DD) picker kept in the URL like filterSelect. */
export function dateInput(label: string, name: string, current: string, go: (value: string) => string): HTMLElement {
  return h(
    'label',
    {},
    `${label} `,
    h('input', {
      type: 'date',
      name,
      value: current,
      onChange: (e) => {
        location.hash = go((e.target as HTMLInputElement).value);
      },
    }),
  );
}

// ---- filters by the documents behind an item (entities, events, places) ----

export const DOC_FILTERS = ['outlet', 'language', 'status', 'from', 'to'] as const;
export type DocFilter = Record<(typeof DOC_FILTERS)[number], string>;
export type Support = 'corroborated' | 'single-source' | 'contested';
type OverviewDoc = Overview['documents'][number];

export function readDocFilter(params: URLSearchParams): DocFilter {
  return Object.fromEntries(DOC_FILTERS.map((k) => [k, params.get(k) ?? ''])) as DocFilter;
}

/** The outlet a document goes by: its outlet, or its file name when the outlet is unknown (as in the cross-check). */
export const outletOf = (d: Pick<OverviewDoc, 'outlet' | 'file'>) => d.outlet ?? d.file;

/**
 * Which independent origin each document comes from: the end of its syndication chain, with near-duplicate copies
 * joined to the document they copy. Two documents of one origin are one source, not two.
 */
export function originsOf(o: Overview): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r) as string;
    parent.set(x, r);
    return r;
  };
  const join = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra, rb);
  };
  const key = (d: OverviewDoc) => `origin:${d.chain.at(-1) ?? outletOf(d)}`;
  for (const d of o.documents) join(`doc:${d.id}`, key(d));
  for (const d of o.documents) for (const c of d.nearDuplicates) join(`doc:${d.id}`, `doc:${c.doc}`);
  return new Map(o.documents.map((d) => [d.id, find(`doc:${d.id}`)]));
}

/** How well the documents naming an item back it: contested when it stands in a conflict, corroborated by two independent origins or more. */
export function supportOf(docs: string[], origins: Map<string, string>, contested: boolean): Support {
  if (contested) return 'contested';
  return new Set(docs.map((d) => origins.get(d) ?? d)).size >= 2 ? 'corroborated' : 'single-source';
}

/** A predicate over document ids: outlet, language and publication day (an undated document fails a date filter). */
export function docMatcher(o: Overview, f: DocFilter): (doc: string) => boolean {
  const docs = new Map(o.documents.map((d) => [d.id, d]));
  return (id) => {
    const d = docs.get(id);
    if (!d) return false;
    if (f.outlet && outletOf(d) !== f.outlet) return false;
    if (f.language && d.language !== f.language) return false;
    const day = d.published?.slice(0, 10);
    if ((f.from || f.to) && !day) return false;
    return !(f.from && day && day < f.from) && !(f.to && day && day > f.to);
  };
}

/** Whether an item named by `docs`, with support `status`, passes the filter: one of its documents passes every document filter. */
export function passes(f: DocFilter, match: (doc: string) => boolean, docs: string[], status: Support): boolean {
  if (f.status && f.status !== status) return false;
  const byDoc = f.outlet || f.language || f.from || f.to;
  return !byDoc || docs.some(match);
}

const LANGUAGE_NAMES = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' });
  } catch {
    return null;
  }
})();
const languageName = (code: string) => {
  if (code === 'und') return 'undetermined';
  try {
    return LANGUAGE_NAMES?.of(code) ?? code;
  } catch {
    return code;
  }
};

/** The filter bar of a view whose items are named by documents: outlet, language, support status, published from/to, and a count. */
export function docFilterBar(o: Overview, f: DocFilter, go: (f: DocFilter) => string, shown: number, total: number, statuses: Support[] = ['corroborated', 'single-source', 'contested']): HTMLElement {
  const set = (key: keyof DocFilter) => (value: string) => go({ ...f, [key]: value });
  const outlets = [...new Set(o.documents.map(outletOf))].sort((a, b) => a.localeCompare(b));
  const languages = [...new Set(o.documents.map((d) => d.language))].sort();
  return h(
    'form',
    { class: 'filters doc-filters', onSubmit: (e) => e.preventDefault() },
    filterSelect(
      'outlet',
      'outlet',
      f.outlet,
      outlets.map((x) => [x, x]),
      set('outlet'),
    ),
    filterSelect(
      'language',
      'language',
      f.language,
      languages.map((x) => [x, `${languageName(x)} (${x})`, { dir: 'ltr' }]),
      set('language'),
    ),
    filterSelect(
      'status',
      'status',
      f.status,
      statuses.map((s) => [s, s, { dir: 'ltr' }]),
      set('status'),
    ),
    dateInput('published from', 'from', f.from, set('from')),
    dateInput('to', 'to', f.to, set('to')),
    h('span', { class: 'meta', role: 'status', title: 'contested: stands in a conflict; corroborated: named by two independent origins or more; a syndicated or near copy is one origin with its original' }, `${shown} of ${total}`),
  );
}
