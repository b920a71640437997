import type { Feature } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { load, type Places } from '../api.js';
import { empty, entityLink, section, type View } from '../common.js';
import { h, svg } from '../dom.js';
import { exportButtons, joined } from '../export.js';
import { docFilterBar, docMatcher, originsOf, passes, readDocFilter, supportOf } from '../filters.js';
import { to } from '../routes.js';

const WIDTH = 960;
const HEIGHT = 560;
/** label size and dot radius in map units at zoom 1; they keep their size on screen when zoomed */
const LABEL = 12;
const MAX_ZOOM = 16;
/** how far out one can zoom: enough to see places far from the frame */
const MIN_ZOOM = 1 / 8;

type Place = Places['located'][number];
type LonLat = [number, number];

const lonLat = (p: Place): LonLat => [p.coordinates?.[1] ?? 0, p.coordinates?.[0] ?? 0];

/**
 * The places that set the frame: the story's scene, not every place it names. Countries are shaded, not framed;
 * a place named by one document only, far from the places several documents name, is left outside (and listed).
 */
export function framePlaces(located: Place[]): { framed: Place[]; outside: Place[] } {
  const points = located.filter((p) => p.scope !== 'country');
  if (!points.length) return { framed: located, outside: [] };
  const core = points.filter((p) => p.documents >= 2);
  if (!core.length) return { framed: points, outside: [] };
  const lons = core.map((p) => lonLat(p)[0]);
  const lats = core.map((p) => lonLat(p)[1]);
  const [w, e, s, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  // one place in passing may stretch the frame by a few degrees, or by a third of its size, not more
  const slack = Math.max(5, (e - w + (n - s)) / 3);
  const near = (p: Place) => {
    const [x, y] = lonLat(p);
    return x >= w - slack && x <= e + slack && y >= s - slack && y <= n + slack;
  };
  return { framed: points.filter((p) => p.documents >= 2 || near(p)), outside: points.filter((p) => p.documents < 2 && !near(p)) };
}

function corners(places: Place[]): LonLat[] {
  const pts = places.map(lonLat);
  const lons = pts.map((p) => p[0]);
  const lats = pts.map((p) => p[1]);
  const [w, e, s, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  // a margin so that one city still shows its region
  const mx = Math.max(3, (e - w) * 0.15);
  const my = Math.max(2, (n - s) * 0.15);
  return [
    [w - mx, s - my],
    [e + mx, n + my],
    [w - mx, n + my],
    [e + mx, s - my],
  ];
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export async function mapView(story: string, params: URLSearchParams): Promise<View> {
  const [all, o, { conflicts }, geo, topo, atlas] = await Promise.all([load.places(story), load.overview(story), load.conflicts(story), import('d3-geo'), import('topojson-client'), import('world-atlas/countries-50m.json')]);
  // the filters keep the places some document of the chosen outlet, language or days names, with the chosen support
  const f = readDocFilter(params);
  const origins = originsOf(o);
  const inConflict = new Set(conflicts.flatMap((c) => c.alternatives.map((a) => a.entity).filter(Boolean)));
  const status = (p: Place) => supportOf(p.docs, origins, inConflict.has(p.id));
  const match = docMatcher(o, f);
  const keep = (list: Place[]) => list.filter((p) => passes(f, match, p.docs, status(p)));
  const places = { located: keep(all.located), unlocated: keep(all.unlocated) };
  const total = all.located.length + all.unlocated.length;
  const world = atlas.default as unknown as Topology<{ countries: GeometryCollection }>;
  const { framed, outside } = framePlaces(places.located);
  const projection = geo.geoNaturalEarth1();
  const frame = (list: Place[]) =>
    projection.fitExtent(
      [
        [20, 20],
        [WIDTH - 20, HEIGHT - 20],
      ],
      { type: 'MultiPoint', coordinates: list.length ? corners(list) : [[-170, -60], [170, 80]] },
    );
  frame(framed);
  const path = geo.geoPath(projection);
  const countries = topo.feature(world, world.objects.countries).features as Feature[];
  const named = new Map(places.located.filter((p) => p.scope === 'country').map((p) => [p.name.toLowerCase(), p]));
  const countryName = (f: Feature) => (f.properties as { name?: string } | null)?.name ?? '';
  /** A country's label goes at the centre of its outline, not at the point its coordinates give. */
  const countryCentre = (p: Place): [number, number] | null => {
    const f = countries.find((c) => countryName(c).toLowerCase() === p.name.toLowerCase());
    const c = f ? path.centroid(f) : null;
    return c && Number.isFinite(c[0]) ? c : projection(lonLat(p));
  };
  // places at one town (its port, its air base) sit around it, so each keeps a dot of its own
  const around = new Map<string, number>();
  const marks = places.located.map((p) => {
    const xy = (p.scope === 'country' ? countryCentre(p) : projection(lonLat(p))) ?? [0, 0];
    const k = p.scope === 'near' ? (around.get(p.near?.id ?? '') ?? 0) + 1 : 0;
    if (p.scope === 'near') around.set(p.near?.id ?? '', k);
    const angle = (k * 2 * Math.PI) / 6 - Math.PI / 2;
    return { p, xy, ring: k ? [Math.cos(angle) * 14, Math.sin(angle) * 14] : [0, 0] };
  });
  const dots = marks.map(({ p }) => {
    const label = svg('text', { class: 'label' }, p.name);
    const dot = p.scope === 'country' ? null : svg(p.type === 'facility' ? 'rect' : 'circle', {});
    const link = svg(
      'a',
      { class: `place type-${p.type} scope-${p.scope}`, href: to.entity(story, p.id), 'data-place': p.id, 'aria-label': `${p.name}${p.near ? ` (near ${p.near.name})` : ''}, ${p.documents} document${p.documents === 1 ? '' : 's'}` },
      svg('title', {}, p.near ? `${p.name}, near ${p.near.name}` : p.name),
      dot,
      label,
    );
    return { link, dot, label };
  });
  const view = { x: 0, y: 0, w: WIDTH, h: HEIGHT };
  const map = svg(
    'svg',
    { class: 'map', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'group', tabindex: 0, 'aria-label': `map of ${places.located.length} places; arrow keys pan, + and − zoom, 0 resets` },
    svg('rect', { class: 'sea', x: -WIDTH * 8, y: -HEIGHT * 8, width: WIDTH * 17, height: HEIGHT * 17 }),
    svg('path', { class: 'graticule', d: path(geo.geoGraticule10()) ?? '' }),
    countries.map((f) => svg('path', { class: named.has(countryName(f).toLowerCase()) ? 'country in-story' : 'country', d: path(f) ?? '' }, svg('title', {}, countryName(f)))),
    dots.map((d) => d.link),
  );

  /** Sizes labels and dots for the zoom, then places each label where it hides no other one (or hides it). */
  const layout = () => {
    const z = WIDTH / view.w;
    const font = LABEL / z;
    const placed: Box[] = [];
    const order = marks.map((_, i) => i).sort((a, b) => marks[b].p.documents - marks[a].p.documents || (marks[a].p.scope === 'near' ? 1 : 0) - (marks[b].p.scope === 'near' ? 1 : 0));
    const spots = marks.map(({ xy, ring, p }) => {
      const cx = xy[0] + ring[0] / z;
      const cy = xy[1] + ring[1] / z;
      return { cx, cy, r: (p.scope === 'near' ? 3.5 : 3 + Math.min(5, p.documents)) / z };
    });
    // every dot first, so that no label covers one
    marks.forEach(({ p }, i) => {
      const { dot } = dots[i];
      const { cx, cy, r } = spots[i];
      if (dot?.tagName === 'circle') for (const [k, v] of Object.entries({ cx, cy, r })) dot.setAttribute(k, String(v));
      if (dot?.tagName === 'rect') for (const [k, v] of Object.entries({ x: cx - r, y: cy - r, width: 2 * r, height: 2 * r })) dot.setAttribute(k, String(v));
      if (p.scope !== 'country') placed.push({ x: cx - r, y: cy - r, width: 2 * r, height: 2 * r });
    });
    for (const i of order) {
      const { p } = marks[i];
      const { label } = dots[i];
      const { cx, cy, r } = spots[i];
      label.setAttribute('font-size', String(font));
      label.removeAttribute('visibility');
      const gap = r + 3 / z;
      const tries: [number, number, string][] = p.scope === 'country' ? [[cx, cy, 'middle']] : [[cx + gap, cy + font / 3, 'start'], [cx - gap, cy + font / 3, 'end'], [cx, cy - gap, 'middle'], [cx, cy + gap + font * 0.8, 'middle']];
      let ok = false;
      for (const [x, y, anchor] of tries) {
        label.setAttribute('x', String(x));
        label.setAttribute('y', String(y));
        label.setAttribute('text-anchor', anchor);
        const box = (label as SVGTextElement).getBBox();
        if (!placed.some((b) => overlaps(b, box))) {
          placed.push(box);
          ok = true;
          break;
        }
      }
      if (!ok) label.setAttribute('visibility', 'hidden');
    }
  };
  const show = () => {
    map.setAttribute('viewBox', `${view.x} ${view.y} ${view.w} ${view.h}`);
    layout();
  };
  const zoom = (factor: number, at: [number, number] = [view.x + view.w / 2, view.y + view.h / 2]) => {
    const w = Math.min(WIDTH / MIN_ZOOM, Math.max(WIDTH / MAX_ZOOM, view.w / factor));
    const k = w / view.w;
    view.x = at[0] - (at[0] - view.x) * k;
    view.y = at[1] - (at[1] - view.y) * k;
    view.w = w;
    view.h = (w * HEIGHT) / WIDTH;
    show();
  };
  const pan = (dx: number, dy: number) => {
    view.x += dx;
    view.y += dy;
    show();
  };
  const reset = () => {
    Object.assign(view, { x: 0, y: 0, w: WIDTH, h: HEIGHT });
    show();
  };
  /** map units per screen pixel */
  const unit = () => view.w / (map.getBoundingClientRect().width || WIDTH);
  const point = (e: { clientX: number; clientY: number }): [number, number] => {
    const box = map.getBoundingClientRect();
    return [view.x + (e.clientX - box.left) * unit(), view.y + (e.clientY - box.top) * unit()];
  };
  map.addEventListener('wheel', (e) => {
    e.preventDefault();
    zoom(e.deltaY < 0 ? 1.25 : 1 / 1.25, point(e));
  }, { passive: false });
  let drag: { x: number; y: number; moved: boolean } | null = null;
  map.addEventListener('pointerdown', (e) => {
    drag = { x: e.clientX, y: e.clientY, moved: false };
  });
  map.addEventListener('pointermove', (e) => {
    if (!drag || !(e.buttons & 1)) return;
    const dx = e.clientX - drag.x;
    const dy = e.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 4) return;
    drag.moved = true;
    map.classList.add('dragging');
    pan(-dx * unit(), -dy * unit());
    drag.x = e.clientX;
    drag.y = e.clientY;
  });
  map.addEventListener('pointerup', () => map.classList.remove('dragging'));
  // a drag that ends on a place does not open it
  map.addEventListener('click', (e) => {
    if (drag?.moved) e.preventDefault();
    drag = null;
  }, true);
  map.addEventListener('keydown', (e) => {
    const step = view.w / 8;
    const keys: Record<string, () => void> = { '+': () => zoom(1.5), '=': () => zoom(1.5), '-': () => zoom(1 / 1.5), '0': reset, ArrowLeft: () => pan(-step, 0), ArrowRight: () => pan(step, 0), ArrowUp: () => pan(0, -step), ArrowDown: () => pan(0, step) };
    if (!keys[e.key] || e.target !== map) return;
    e.preventDefault();
    keys[e.key]();
  });
  // a symbol gets a spoken name; a word is its own name
  const button = (cls: string, label: string, title: string, act: () => void) => h('button', { type: 'button', class: cls, title, ariaLabel: label.length === 1 ? title : undefined, onClick: act }, label);
  return {
    node: h(
      'div',
      {},
      h('h1', {}, 'Map'),
      total ? docFilterBar(o, f, (next) => to.view(story, 'map', { ...next }), places.located.length + places.unlocated.length, total) : null,
      total
        ? exportButtons(o.story.name, 'places', () => ({
            columns: ['id', 'name', 'type', 'kind', 'country', 'latitude', 'longitude', 'scope', 'near', 'mentions', 'documents', 'status', 'docs'],
            rows: [...places.located, ...places.unlocated].map((p) => [p.id, p.name, p.type, p.kind, p.country, p.coordinates?.[0], p.coordinates?.[1], p.scope, p.near?.name, p.mentions, p.documents, status(p), joined(p.docs)]),
            json: [...places.located, ...places.unlocated].map((p) => ({ ...p, status: status(p) })),
          }))
        : null,
      places.located.length ? null : empty(all.located.length ? 'No place on the map matches these filters.' : 'No place in this story has coordinates.'),
      h('div', { class: 'toolbar map-tools' }, button('zoom-out', '−', 'zoom out', () => zoom(1 / 1.5)), button('zoom-in', '+', 'zoom in', () => zoom(1.5)), button('zoom-reset', 'Reset', 'back to the story frame', reset)),
      h('div', { class: 'map-box' }, map),
      outside.length ? h('p', { class: 'meta off-frame' }, 'Outside this frame (one document each): ', outside.flatMap((p, i) => [i ? ', ' : '', entityLink(story, p.id, p.name)]), '. Zoom out to see them.') : null,
      h('p', { class: 'meta' }, 'Country outlines: Natural Earth via world-atlas. Shaded: countries the story names. Dot size: number of documents naming the place; squares: facilities, placed near the town they are at. Drag to pan, scroll or + and − to zoom.'),
      section(
        `Places without coordinates (${places.unlocated.length})`,
        places.unlocated.length ? h('ul', { class: 'results' }, places.unlocated.map((p) => h('li', {}, entityLink(story, p.id, p.name), ` ${p.kind ?? p.type}`))) : empty('None.'),
      ),
    ),
    // labels are measured, so they are laid out once the map is in the page
    mount: show,
  };
}
