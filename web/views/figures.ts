import { type Figure, load } from '../api.js';
import { type Docs, docNames, empty, outletLink, quoteLink, type View } from '../common.js';
import { h, svg, table } from '../dom.js';
import { exportButtons, joined } from '../export.js';
import { to } from '../routes.js';
import { dateRange } from './timeline.js';

const WIDTH = 760;
const HEIGHT = 300;
const PAD = { left: 72, right: 120, top: 20, bottom: 40 };

/** Round tick values from 0 to at least max: 1, 2 or 5 times a power of ten apart. */
function ticks(max: number, count = 5): number[] {
  const raw = max / count || 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const out: number[] = [];
  for (let t = 0; out.length < 50; t += step) {
    out.push(t);
    if (t >= max) break;
  }
  return out;
}

const short = (n: number) => n.toLocaleString('en-US', { notation: n >= 1e6 ? 'compact' : 'standard', maximumFractionDigits: 2 });

/** One figure over time: a point per reported value and day (a bar for a range), each a link to its quote; the line follows the best-backed value of each day. */
function chart(story: string, f: Figure): SVGElement {
  const days = f.series.map((d) => (dateRange(d.date) ?? [0, 0])[0]);
  const lo = Math.min(...days);
  const hi = Math.max(...days);
  const x = (t: number) => PAD.left + (hi === lo ? 0.5 : (t - lo) / (hi - lo)) * (WIDTH - PAD.left - PAD.right);
  const max = Math.max(...f.series.flatMap((d) => d.values.map((v) => v.number?.high ?? 0)));
  const yTicks = ticks(max);
  const top = yTicks.at(-1) || 1;
  const y = (v: number) => HEIGHT - PAD.bottom - (v / top) * (HEIGHT - PAD.top - PAD.bottom);
  const main = f.series.map((d, i) => {
    const best = [...d.values].sort((a, b) => b.docs.length - a.docs.length)[0];
    return `${i ? 'L' : 'M'}${x(days[i]).toFixed(1)},${y(best.number?.low ?? 0).toFixed(1)}`;
  });
  return svg(
    'svg',
    { class: 'figure-chart', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'group', 'aria-label': `${f.question}: values reported by day (the table below lists them)` },
    yTicks.map((t) => svg('g', { class: 'tick' }, svg('line', { x1: PAD.left, x2: WIDTH - PAD.right, y1: y(t), y2: y(t) }), svg('text', { x: PAD.left - 8, y: y(t) + 4, 'text-anchor': 'end' }, short(t)))),
    f.series.map((d, i) => svg('text', { class: 'day', x: x(days[i]), y: HEIGHT - PAD.bottom + 18, 'text-anchor': 'middle' }, d.date)),
    svg('path', { class: 'trend', d: main.join(' ') }),
    f.series.flatMap((d, i) =>
      d.values.map((v) => {
        const n = v.number ?? { low: 0, high: 0 };
        const cx = x(days[i]);
        const ev = v.evidence[0];
        return svg(
          'a',
          { class: 'point', href: to.evidence(story, ev), 'aria-label': `${d.date}: ${v.value}, reported by ${v.outlets.join(', ')}; open the quote` },
          n.high > n.low ? svg('line', { class: 'range', x1: cx, x2: cx, y1: y(n.low), y2: y(n.high) }) : null,
          svg('circle', { cx, cy: y(n.low), r: 5 + Math.min(4, v.docs.length - 1) }),
          svg('text', { x: cx + 10, y: y(n.low) + 4 }, `${v.value} (${v.docs.length})`),
        );
      }),
    ),
  );
}

function figureTable(story: string, f: Figure, docs: Docs): HTMLElement {
  const rows = f.series.flatMap((d) => d.values.map((v) => ({ date: d.date, v })));
  return table(
    ['Date', 'Value', 'Reported by', 'Quote'],
    rows.map(({ date, v }) => [date, h('bdi', { dir: 'auto' }, v.value), v.outlets.flatMap((o, i) => [i ? ', ' : '', outletLink(story, o)]), v.evidence.slice(0, 2).map((ev) => quoteLink(story, ev, docs))]),
    'figure-values',
  );
}

/** Figures that changed from one day to the next (a toll that rose), charted over time by source, with the quotes. */
export async function figuresView(story: string): Promise<View> {
  const [{ figures }, o] = await Promise.all([load.figures(story), load.overview(story)]);
  const docs = docNames(o);
  return {
    node: h(
      'div',
      {},
      h('h1', {}, 'Evolving figures'),
      h('p', { class: 'meta' }, 'A figure reported with different values on different days is not a conflict: it changed. Each point opens its quote; its size grows with the documents behind it.'),
      figures.length
        ? exportButtons(o.story.name, 'figures', () => ({
            // a row per value reported on a day
            columns: ['figure', 'question', 'date', 'value', 'low', 'high', 'documents', 'outlets', 'docs', 'first quote'],
            rows: figures.flatMap((f) => f.series.flatMap((d) => d.values.map((v) => [f.id, f.question, d.date, v.value, v.number?.low, v.number?.high, v.docs.length, joined(v.outlets), joined(v.docs), v.evidence[0]?.quote]))),
            json: figures,
          }))
        : null,
      figures.length
        ? figures.map((f) =>
            h(
              'section',
              { class: 'panel figure', dataset: { anchor: f.id } },
              h('h2', {}, f.question),
              f.chartable ? h('div', { class: 'scroll' }, chart(story, f)) : h('p', { class: 'meta' }, 'These values are not all numbers: listed only.'),
              figureTable(story, f, docs),
            ),
          )
        : empty('No figure changes from one day to another in this story.'),
    ),
  };
}
