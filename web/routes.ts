import { type Evidence, query } from './api.js';

const enc = encodeURIComponent;

/** Hash routes of the workbench: every view can be linked to and every quote opens the reader at its place. */
export const to = {
  stories: () => '#/',
  searchAll: (q: string) => `#/search${query({ q })}`,
  story: (s: string) => `#/story/${enc(s)}`,
  view: (s: string, view: string, params: Record<string, string | undefined> = {}) => `#/story/${enc(s)}/${view}${query(params)}`,
  entity: (s: string, e: string) => `#/story/${enc(s)}/entity/${enc(e)}`,
  doc: (s: string, d: string, at?: { start: number; end: number }) => `#/story/${enc(s)}/doc/${enc(d)}${at ? query({ start: String(at.start), end: String(at.end) }) : ''}`,
  evidence: (s: string, e: Evidence) => to.doc(s, e.doc, e),
  claim: (s: string, c: string) => `#/story/${enc(s)}/claim/${enc(c)}`,
  outlet: (s: string, name: string) => `#/story/${enc(s)}/outlet/${enc(name)}`,
};

export interface Route {
  story: string | null;
  view: string;
  /** the item of a one-item view: entity, document or claim id, outlet name */
  item: string | null;
  params: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const [path, search = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(search);
  if (parts[0] === 'search') return { story: null, view: 'search-all', item: null, params };
  if (parts[0] !== 'story' || !parts[1]) return { story: null, view: 'stories', item: null, params };
  return { story: parts[1], view: parts[2] ?? 'overview', item: parts[3] ?? null, params };
}
