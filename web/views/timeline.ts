import { load, type StoryEvent } from '../api.js';
import { type Docs, docNames, empty, entityLink, quoteLink, section, type View } from '../common.js';
import { h, isolated, svg } from '../dom.js';
import { exportButtons, joined } from '../export.js';
import { docFilterBar, docMatcher, originsOf, passes, readDocFilter, supportOf } from '../filters.js';
import { loadReview, type ReviewState, reviewPanel } from '../review.js';
import { to } from '../routes.js';

const DAY = 86_400_000;
const WIDTH = 960;
const ROW = 22;

/** First and last instant a date value covers: "2025-10-20", "2025-10", "2025-Q3", "2025". */
export function dateRange(value: string): [number, number] | null {
  const m = /^(\d{4})(?:-(Q[1-4]|\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[3]) {
    const t = Date.UTC(year, Number(m[2]) - 1, Number(m[3]));
    return [t, t + DAY];
  }
  if (m[2]?.startsWith('Q')) {
    const q = Number(m[2].slice(1)) - 1;
    return [Date.UTC(year, q * 3, 1), Date.UTC(year, q * 3 + 3, 1)];
  }
  if (m[2]) return [Date.UTC(year, Number(m[2]) - 1, 1), Date.UTC(year, Number(m[2]), 1)];
  return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
}

function axis(story: string, events: StoryEvent[], keep: Record<string, string> = {}): SVGElement {
  const ranges = events.map((e) => dateRange(e.date as string) ?? [0, 0]);
  const lo = Math.min(...ranges.map((r) => r[0])) - DAY;
  const hi = Math.max(...ranges.map((r) => r[1])) + DAY;
  const x = (t: number) => 40 + ((t - lo) / (hi - lo)) * (WIDTH - 80);
  const height = 50 + events.length * ROW;
  const days = Math.round((hi - lo) / DAY);
  const step = Math.max(1, Math.ceil(days / 10)) * DAY;
  const ticks: SVGElement[] = [];
  for (let t = lo; t <= hi; t += step) ticks.push(svg('g', { class: 'tick' }, svg('line', { x1: x(t), x2: x(t), y1: 24, y2: height }), svg('text', { x: x(t), y: 16, 'text-anchor': 'middle' }, new Date(t).toISOString().slice(0, 10))));
  const chart = svg(
    'svg',
    { class: 'timeline', viewBox: `0 0 ${WIDTH} ${height}`, role: 'group', 'aria-label': `${events.length} dated events` },
    svg('line', { class: 'axis', x1: 40, x2: WIDTH - 40, y1: 24, y2: 24 }),
    ticks,
    events.map((e, i) => {
      const [a, b] = ranges[i];
      const y = 44 + i * ROW;
      const wide = b - a > DAY;
      // each event is a link (reachable by keyboard) that selects its card below, where the quotes are
      return svg(
        'a',
        { class: 'event', 'data-event': e.id, href: to.view(story, 'timeline', { ...keep, id: e.id }), 'aria-label': `${e.date} ${e.what}` },
        wide ? svg('rect', { x: x(a), y: y - 5, width: Math.max(4, x(b) - x(a)), height: 10, rx: 3 }) : svg('circle', { cx: x(a), cy: y, r: 6 }),
        // labels of late events run leftwards so they stay inside the chart
        x(a) > WIDTH * 0.6 ? svg('text', { x: x(a) - 10, y: y + 4, 'text-anchor': 'end' }, `${e.date} ${e.what}`) : svg('text', { x: (wide ? x(b) : x(a)) + 10, y: y + 4 }, `${e.date} ${e.what}`),
      );
    }),
  );
  return chart;
}

function eventCard(story: string, e: StoryEvent, docs: Docs, state: ReviewState): HTMLElement {
  return h(
    'article',
    { class: 'event-card', id: `event-${e.id}`, dataset: { anchor: e.id } },
    h('h3', {}, e.date ? `${e.date} — ` : '', isolated(e.what, { dir: 'auto' })),
    h(
      'p',
      { class: 'meta' },
      e.placeName ? ['at ', entityLink(story, e.place, e.placeName), ' · '] : '',
      e.participantNames.length ? ['with ', e.participantNames.flatMap((n, i) => [i ? ', ' : '', entityLink(story, e.participants[i], n)]), ' · '] : '',
      `${e.docs.length} document${e.docs.length === 1 ? '' : 's'}`,
      e.dateReason ? ` · date: ${e.dateReason}` : '',
    ),
    e.evidence.slice(0, 3).map((ev) => quoteLink(story, ev, docs)),
    // notes on the event (an event takes no verdict: its claims and conflicts do)
    reviewPanel(story, { id: e.id, kind: 'event', label: e.what }, state),
  );
}

export async function timelineView(story: string, params: URLSearchParams): Promise<View> {
  const [ev, o, state] = await Promise.all([load.events(story), load.overview(story), loadReview(story)]);
  const docs = docNames(o);
  const f = readDocFilter(params);
  const origins = originsOf(o);
  const match = docMatcher(o, f);
  const status = (e: StoryEvent) => supportOf(e.docs, origins, false);
  const keep = (list: StoryEvent[]) => list.filter((e) => passes(f, match, e.docs, status(e)));
  const [dated, undated] = [keep(ev.dated), keep(ev.undated)];
  const total = ev.dated.length + ev.undated.length;
  return {
    node: h(
      'div',
      {},
      h('h1', {}, 'Timeline'),
      total ? docFilterBar(o, f, (next) => to.view(story, 'timeline', { ...next }), dated.length + undated.length, total, ['corroborated', 'single-source']) : null,
      total
        ? exportButtons(o.story.name, 'events', () => ({
            columns: ['id', 'date', 'what', 'kind', 'type', 'place', 'participants', 'documents', 'status', 'date reason', 'docs', 'first quote'],
            rows: [...dated, ...undated].map((e) => [e.id, e.date, e.what, e.kind, e.type, e.placeName, joined(e.participantNames), e.docs.length, status(e), e.dateReason, joined(e.docs), e.evidence[0]?.quote]),
            json: [...dated, ...undated].map((e) => ({ ...e, status: status(e) })),
          }))
        : null,
      dated.length ? h('div', { class: 'scroll' }, axis(story, dated, f)) : empty(ev.dated.length ? 'No dated event matches these filters.' : 'No event has a resolved date.'),
      section('Dated events', dated.length ? dated.map((e) => eventCard(story, e, docs, state)) : empty('None.')),
      section('Date not resolved', h('p', { class: 'meta' }, 'The text gives no date these events can be placed at; the quotes show how they are told.'), undated.length ? undated.map((e) => eventCard(story, e, docs, state)) : empty('None.')),
    ),
  };
}
