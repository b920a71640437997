/**
 * GeoJSON (RFC 7946) for the map tools analysts use: the located places and facilities, and the dated events that
 * happened at one, as Point features. Coordinates are [longitude, latitude], as the RFC orders them (the report's are [lat, lon]).
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Report } from '../report/index.js';
import { placesView } from '../server/views.js';
import { distinctEvidence } from './sources.js';

export interface PlaceProperties {
  featureType: 'place';
  id: string;
  name: string;
  type: string;
  kind: string | null;
  country: string | null;
  /** "point": the place itself; "country": a country's centre; "near": the town a facility stands at */
  scope: 'point' | 'country' | 'near';
  date: null;
  docs: string[];
  evidence: { doc: string; start: number; end: number; quote: string }[];
}

export interface EventProperties {
  featureType: 'event';
  id: string;
  name: string;
  kind: string;
  type: string | null;
  date: string;
  dateReason: string | null;
  place: string;
  placeName: string;
  docs: string[];
  evidence: { doc: string; start: number; end: number; quote: string }[];
}

const point = (latLon: [number, number]): Point => ({ type: 'Point', coordinates: [latLon[1], latLon[0]] });

export function geoJson(r: Report): FeatureCollection<Point, PlaceProperties | EventProperties> {
  const { located } = placesView(r);
  const entities = new Map(r.entities.map((e) => [e.id, e]));
  const places: Feature<Point, PlaceProperties>[] = located.map((p) => {
    const mentions = entities.get(p.id)?.mentions ?? [];
    return {
      type: 'Feature',
      id: p.id,
      geometry: point(p.coordinates as [number, number]),
      properties: {
        featureType: 'place',
        id: p.id,
        name: p.name,
        type: p.type,
        kind: p.kind ?? null,
        country: p.country ?? null,
        scope: p.scope,
        date: null,
        docs: [...new Set(mentions.map((m) => m.doc))],
        evidence: mentions.map((m) => ({ doc: m.doc, start: m.start, end: m.end, quote: m.text })),
      },
    };
  });
  const at = new Map(located.map((p) => [p.id, p]));
  const events: Feature<Point, EventProperties>[] = r.events.flatMap((e) => {
    const place = e.place ? at.get(e.place) : undefined;
    if (!place || !e.date) return [];
    return [
      {
        type: 'Feature',
        id: e.id,
        geometry: point(place.coordinates as [number, number]),
        properties: { featureType: 'event', id: e.id, name: e.what, kind: e.kind, type: e.type, date: e.date, dateReason: e.dateReason, place: place.id, placeName: place.name, docs: e.docs, evidence: distinctEvidence(e.evidence) },
      },
    ];
  });
  return { type: 'FeatureCollection', features: [...places, ...events] };
}

export const renderGeoJson = (r: Report): string => `${JSON.stringify(geoJson(r), null, 2)}\n`;
