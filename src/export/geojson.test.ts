import { beforeAll, describe, expect, it } from 'vitest';
import { makeDocument } from '../../test/documents.js';
import { exampleReport, exampleStories } from '../../test/reports.js';
import { schemaCheck } from '../../test/schemas.js';
import { analyzeDocuments } from '../pipeline.js';
import { buildReport, type Report } from '../report/index.js';
import { renderGeoJson } from './geojson.js';

// the GeoJSON schema the geojson.org project publishes (npm geojson-schema)
const check = schemaCheck('node_modules/geojson-schema/FeatureCollection.json');

interface Feature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { featureType: 'place' | 'event'; id: string; name: string; date: string | null; place?: string; docs: string[]; evidence: { doc: string; start: number; end: number; quote: string }[] };
}

const features = (r: Report): Feature[] => JSON.parse(renderGeoJson(r)).features;

describe.each(exampleStories())('GeoJSON export of %s', (name) => {
  let r: Report;
  beforeAll(async () => {
    r = await exampleReport(name);
  }, 60_000);

  it('is a valid GeoJSON FeatureCollection', () => {
    const fc = JSON.parse(renderGeoJson(r));
    expect(check(fc)).toEqual([]);
    expect(fc.features.length).toBeGreaterThan(0);
  });

  it('has every place with coordinates, as [longitude, latitude]', () => {
    const fs = features(r);
    for (const e of r.entities.filter((x) => x.coordinates)) {
      const f = fs.find((x) => x.properties.featureType === 'place' && x.id === e.id);
      expect(f, e.name).toBeDefined();
      const [lat, lon] = e.coordinates as [number, number];
      expect(f?.geometry.coordinates).toEqual([lon, lat]);
      expect(f?.properties.name).toBe(e.name);
    }
    for (const f of fs) {
      const [lon, lat] = f.geometry.coordinates;
      expect(Math.abs(lon)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
    }
  });

  it('has the dated events at a located place, each quote from its document', () => {
    const fs = features(r);
    const located = new Map(fs.filter((f) => f.properties.featureType === 'place').map((f) => [f.id, f]));
    const expected = r.events.filter((e) => e.date && e.place && located.has(e.place));
    const events = fs.filter((f) => f.properties.featureType === 'event');
    expect(events.map((f) => f.id).sort()).toEqual(expected.map((e) => e.id).sort());
    const text = new Map(r.documents.map((d) => [d.id, d.text]));
    for (const f of events) {
      expect(f.properties.date).toBe(r.events.find((e) => e.id === f.id)?.date);
      expect(f.geometry).toEqual(located.get(f.properties.place as string)?.geometry);
      for (const q of f.properties.evidence) expect(text.get(q.doc)?.slice(q.start, q.end)).toBe(q.quote);
    }
  });
});

describe('GeoJSON coordinate order', () => {
  it('puts a western, northern town at a negative longitude and a latitude above 60 (RFC 7946: lon, lat)', () => {
    const doc = makeDocument('d1', 'Officials in Reykjavik said on Monday that the harbour would reopen.', { published: '2026-03-02' });
    const fs = features(buildReport(analyzeDocuments([doc])));
    const town = fs.find((f) => f.properties.name === 'Reykjavik');
    expect(town?.geometry.coordinates[0]).toBeCloseTo(-21.9, 0);
    expect(town?.geometry.coordinates[1]).toBeCloseTo(64.1, 0);
  });

  it('the schema refuses a feature without geometry', () => {
    expect(check({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {} }] }).length).toBeGreaterThan(0);
  });
});
