import { ApiError, load } from './api.js';
import type { View } from './common.js';
import { h } from './dom.js';
import { keepPlace, restorePlace } from './place.js';
import { parseRoute, type Route, to } from './routes.js';
import { claimView } from './views/claim.js';
import { claimsView } from './views/claims.js';
import { compareView } from './views/compare.js';
import { conflictsView } from './views/conflicts.js';
import { entitiesView, entityView } from './views/entities.js';
import { figuresView } from './views/figures.js';
import { graphView } from './views/graph.js';
import { mapView } from './views/map.js';
import { outletsView, outletView } from './views/outlets.js';
import { overviewView } from './views/overview.js';
import { readerView } from './views/reader.js';
import { reviewView } from './views/review.js';
import { searchForm, searchView } from './views/search.js';
import { searchAllView } from './views/searchAll.js';
import { storiesView } from './views/stories.js';
import { timelineView } from './views/timeline.js';

type StoryView = (story: string, route: Route) => Promise<View>;

const VIEWS: Record<string, StoryView> = {
  overview: (s) => overviewView(s),
  conflicts: (s, r) => conflictsView(s, r.params),
  claims: (s, r) => claimsView(s, r.params),
  claim: (s, r) => claimView(s, r.item ?? ''),
  figures: (s) => figuresView(s),
  compare: (s, r) => compareView(s, r.params),
  outlets: (s) => outletsView(s),
  outlet: (s, r) => outletView(s, r.item ?? ''),
  review: (s) => reviewView(s),
  entities: (s, r) => entitiesView(s, r.params),
  entity: (s, r) => entityView(s, r.item ?? ''),
  graph: (s, r) => graphView(s, r.params),
  timeline: (s, r) => timelineView(s, r.params),
  map: (s, r) => mapView(s, r.params),
  doc: (s, r) => readerView(s, r.item ?? '', r.params),
  search: (s, r) => searchView(s, r.params),
};

const TABS: [string, string][] = [
  ['overview', 'Overview'],
  ['conflicts', 'Conflicts'],
  ['claims', 'Claims'],
  ['entities', 'Entities'],
  ['graph', 'Graph'],
  ['timeline', 'Timeline'],
  ['map', 'Map'],
  ['figures', 'Figures'],
  ['outlets', 'Outlets'],
  ['review', 'Review'],
];

const TITLES: Record<number, string> = { 400: 'This request cannot be answered', 404: 'Not found' };

const main = document.getElementById('view') as HTMLElement;
const tabs = document.getElementById('tabs') as HTMLElement;
const storyName = document.getElementById('story-name') as HTMLElement;
let current = 0;
// the views put the analyst back in place themselves (from the URL), once their data has loaded
history.scrollRestoration = 'manual';
const setPlace = keepPlace(main);

async function header(route: Route): Promise<void> {
  const story = route.story;
  if (!story) {
    tabs.replaceChildren();
    storyName.replaceChildren();
    return;
  }
  const active = ({ entity: 'entities', claim: 'claims', outlet: 'outlets', compare: 'overview' } as Record<string, string>)[route.view] ?? route.view;
  tabs.replaceChildren(...TABS.map(([v, label]) => h('a', { href: v === 'overview' ? to.story(story) : to.view(story, v), class: v === active ? 'on' : '' }, label)), searchForm(story, route.params.get('q') ?? ''));
  const o = await load.overview(story).catch(() => null);
  storyName.replaceChildren(o ? h('a', { href: to.story(story) }, o.story.name) : '');
}

function failure(err: unknown): HTMLElement {
  const title = err instanceof ApiError ? (TITLES[err.status] ?? 'Something went wrong') : 'Something went wrong';
  return h('div', { class: 'error' }, h('h1', {}, title), h('p', {}, err instanceof Error ? err.message : String(err)), h('a', { href: to.stories() }, 'All stories'));
}

async function render(): Promise<void> {
  const seq = ++current;
  let route: Route;
  try {
    route = parseRoute(location.hash);
  } catch {
    route = parseRoute('#/');
  }
  document.body.dataset.view = route.view;
  delete document.body.dataset.ready;
  setPlace(null);
  main.replaceChildren(h('p', { class: 'loading' }, 'Loading…'));
  header(route);
  let view: View;
  try {
    const make = route.story ? VIEWS[route.view] : null;
    if (route.story && !make) throw new ApiError(404, `no view called ${route.view}`);
    view = make && route.story ? await make(route.story, route) : route.view === 'search-all' ? await searchAllView(route.params) : await storiesView(route.params);
  } catch (err) {
    view = { node: failure(err) };
  }
  if (seq !== current) return;
  main.replaceChildren(view.node);
  window.scrollTo(0, 0);
  try {
    view.mount?.();
  } catch (err) {
    // a view that fails to lay itself out still says why and lets the page finish loading
    main.append(failure(err));
  }
  restorePlace(main, route.params, view.anchoring);
  setPlace(main, view.anchoring);
  document.body.dataset.ready = route.view;
}

document.getElementById('skip')?.addEventListener('click', () => main.focus());
window.addEventListener('hashchange', () => void render());
void render();
