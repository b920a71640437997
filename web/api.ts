import type { storyGraph } from '../src/server/graph.js';
import type { figuresView } from '../src/server/figures.js';
import type { outletAcrossStories, outletsView, outletView } from '../src/server/outlets.js';
import type { reviewView } from '../src/server/review.js';
import type { searchStories, searchStory } from '../src/server/search.js';
import type { StorySummary } from '../src/server/source.js';
import type { claimsView, conflictsView, documentView, entitiesView, entityView, eventsView, placesView, storyOverview } from '../src/server/views.js';

export type { StorySummary };
export type Overview = ReturnType<typeof storyOverview>;
export type Conflicts = ReturnType<typeof conflictsView>;
export type Claims = ReturnType<typeof claimsView>;
export type ClaimRow = Claims['claims'][number];
export type Entities = ReturnType<typeof entitiesView>;
export type EntityPage = ReturnType<typeof entityView>;
export type Events = ReturnType<typeof eventsView>;
export type StoryEvent = Events['dated'][number];
export type Graph = ReturnType<typeof storyGraph>;
export type Places = ReturnType<typeof placesView>;
export type DocumentPage = ReturnType<typeof documentView>;
export type SearchResults = ReturnType<typeof searchStory>;
export type Figures = ReturnType<typeof figuresView>;
export type Figure = Figures['figures'][number];
export type Outlets = ReturnType<typeof outletsView>;
export type OutletPage = NonNullable<ReturnType<typeof outletView>>;
export type CaseSearch = ReturnType<typeof searchStories>;
export type OutletAcross = ReturnType<typeof outletAcrossStories>;
export type ReviewPage = ReturnType<typeof reviewView>;
export type VerdictRow = ReviewPage['verdicts'][number];
export type NoteRow = ReviewPage['notes'][number];
export interface Evidence {
  doc: string;
  start: number;
  end: number;
  quote: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const cache = new Map<string, Promise<unknown>>();

/** GET a JSON API path; answers are cached for the page's life since a story does not change under it. */
export function api<T>(path: string): Promise<T> {
  let pending = cache.get(path);
  if (!pending) {
    pending = fetch(path, { headers: { accept: 'application/json' } }).then(async (res) => {
      const body = await res.json().catch(() => ({ error: res.statusText }));
      if (!res.ok) throw new ApiError(res.status, typeof body.error === 'string' ? body.error : res.statusText);
      return body;
    });
    pending.catch(() => cache.delete(path));
    cache.set(path, pending);
  }
  return pending as Promise<T>;
}

async function answer<T>(res: Response): Promise<T> {
  const body = await res.json().catch(() => ({ error: res.statusText }));
  if (!res.ok) throw new ApiError(res.status, typeof body.error === 'string' ? body.error : res.statusText);
  return body as T;
}

let session: Promise<{ token: string; header: string }> | null = null;

/** A write (verdicts and notes): JSON, with this server session's token; answers the story's review as it now stands. */
async function send(method: 'PUT' | 'POST' | 'DELETE', path: string, body?: object): Promise<ReviewPage> {
  session ??= api<{ token: string; header: string }>('/api/session');
  const { token, header } = await session;
  const res = await fetch(path, { method, headers: { accept: 'application/json', [header]: token, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
  return answer<ReviewPage>(res);
}

const story = (id: string) => `/api/stories/${encodeURIComponent(id)}`;

/** Where the report of a story downloads from, in one of the export formats. */
export const reportFile = (s: string, format: string) => `${story(s)}/report${query({ format })}`;

export interface VerdictInput {
  rating: string;
  chosenValue?: string | null;
  note?: string | null;
  author?: string | null;
}

/** The analyst's review changes under the page, so it is fetched fresh, never cached. */
export const review = {
  load: (s: string) => fetch(`${story(s)}/review`, { headers: { accept: 'application/json' } }).then((r) => answer<ReviewPage>(r)),
  setVerdict: (s: string, item: string, v: VerdictInput) => send('PUT', `${story(s)}/verdicts/${encodeURIComponent(item)}`, v),
  clearVerdict: (s: string, item: string) => send('DELETE', `${story(s)}/verdicts/${encodeURIComponent(item)}`),
  addNote: (s: string, n: { itemId: string; itemKind: string; text: string; author?: string | null }) => send('POST', `${story(s)}/notes`, n),
  removeNote: (s: string, id: string) => send('DELETE', `${story(s)}/notes/${encodeURIComponent(id)}`),
};

export const load = {
  stories: () => api<{ stories: StorySummary[] }>('/api/stories'),
  searchAll: (q: string) => api<CaseSearch>(`/api/search${query({ q })}`),
  outletAcross: (name: string) => api<OutletAcross>(`/api/outlets/${encodeURIComponent(name)}`),
  overview: (s: string) => api<Overview>(story(s)),
  conflicts: (s: string) => api<Conflicts>(`${story(s)}/conflicts`),
  claims: (s: string, filter: Record<string, string>) => api<Claims>(`${story(s)}/claims${query(filter)}`),
  entities: (s: string) => api<Entities>(`${story(s)}/entities`),
  entity: (s: string, e: string) => api<EntityPage>(`${story(s)}/entities/${encodeURIComponent(e)}`),
  events: (s: string) => api<Events>(`${story(s)}/events`),
  graph: (s: string) => api<Graph>(`${story(s)}/graph`),
  places: (s: string) => api<Places>(`${story(s)}/places`),
  document: (s: string, d: string) => api<DocumentPage>(`${story(s)}/documents/${encodeURIComponent(d)}`),
  figures: (s: string) => api<Figures>(`${story(s)}/figures`),
  outlets: (s: string) => api<Outlets>(`${story(s)}/outlets`),
  outlet: (s: string, name: string) => api<OutletPage>(`${story(s)}/outlets/${encodeURIComponent(name)}`),
  search: (s: string, q: string) => api<SearchResults>(`${story(s)}/search${query({ q })}`),
};

export function query(params: Record<string, string | undefined>): string {
  const q = new URLSearchParams(Object.entries(params).filter((kv): kv is [string, string] => !!kv[1]));
  const s = q.toString();
  return s ? `?${s}` : '';
}
