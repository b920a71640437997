import type { GeometryCollection, Topology } from 'topojson-specification';
import { load } from '../api.js';
import { empty, entityLink, section, type View } from '../common.js';
import { h, svg } from '../dom.js';
import { to } from '../routes.js';

const WIDTH = 960;
const HEIGHT = 560;
/** degrees of margin around the story's places, so one city still shows its region */
const MARGIN = [8, 5];

export async function mapView(story: string): Promise<View> {
  const [places, geo, topo, atlas] = await Promise.all([load.places(story), import('d3-geo'), import('topojson-client'), import('world-atlas/countries-50m.json')]);
  const world = atlas.default as unknown as Topology<{ countries: GeometryCollection }>;
  const points = places.located.map((p) => [p.coordinates?.[1] ?? 0, p.coordinates?.[0] ?? 0] as [number, number]);
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const corners: [number, number][] = points.length
    ? [
        [Math.min(...lons) - MARGIN[0], Math.min(...lats) - MARGIN[1]],
        [Math.max(...lons) + MARGIN[0], Math.max(...lats) + MARGIN[1]],
        [Math.min(...lons) - MARGIN[0], Math.max(...lats) + MARGIN[1]],
        [Math.max(...lons) + MARGIN[0], Math.min(...lats) - MARGIN[1]],
      ]
    : [
        [-170, -60],
        [170, 80],
      ];
  const projection = geo.geoNaturalEarth1().fitExtent(
    [
      [20, 20],
      [WIDTH - 20, HEIGHT - 20],
    ],
    { type: 'MultiPoint', coordinates: corners },
  );
  const path = geo.geoPath(projection);
  const countries = topo.feature(world, world.objects.countries);
  const map = svg(
    'svg',
    { class: 'map', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'group', 'aria-label': `map of ${places.located.length} places` },
    svg('rect', { class: 'sea', x: 0, y: 0, width: WIDTH, height: HEIGHT }),
    svg('path', { class: 'graticule', d: path(geo.geoGraticule10()) ?? '' }),
    countries.features.map((f) => svg('path', { class: 'country', d: path(f) ?? '' }, svg('title', {}, (f.properties as { name?: string } | null)?.name ?? ''))),
    places.located.map((p, i) => {
      const xy = projection(points[i]);
      if (!xy) return null;
      return svg(
        'a',
        { class: `place type-${p.type}`, href: to.entity(story, p.id), 'data-place': p.id },
        svg('circle', { cx: xy[0], cy: xy[1], r: 4 + Math.min(6, p.documents) }),
        svg('text', { x: xy[0] + 9, y: xy[1] + 4 }, p.name),
      );
    }),
  );
  return {
    node: h(
      'div',
      {},
      h('h1', {}, 'Map'),
      places.located.length ? null : empty('No place in this story has coordinates.'),
      h('div', { class: 'map-box' }, map),
      h('p', { class: 'meta' }, 'Country outlines: Natural Earth via world-atlas. Dot size: number of documents naming the place.'),
      section(
        `Places without coordinates (${places.unlocated.length})`,
        places.unlocated.length ? h('ul', { class: 'results' }, places.unlocated.map((p) => h('li', {}, entityLink(story, p.id, p.name), ` ${p.kind ?? p.type}`))) : empty('None.'),
      ),
    ),
  };
}
