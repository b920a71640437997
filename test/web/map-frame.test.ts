import { describe, expect, it } from 'vitest';
import type { Places } from '../../web/api.js';
import { framePlaces } from '../../web/views/map.js';

type Place = Places['located'][number];
const place = (id: string, lat: number, lon: number, documents: number, scope: Place['scope'] = 'point'): Place => ({ id, type: 'place', name: id, kind: null, country: null, coordinates: [lat, lon], scope, near: null, mentions: documents, documents, docs: Array.from({ length: documents }, (_, i) => `d${i + 1}`) });

describe('the map frame', () => {
  it('leaves out a place one document names in passing far from the scene, and every country centre', () => {
    const scene = [place('harbour town', 44, 12, 5), place('island', 43.5, 13, 3), place('inland town', 45, 11.5, 2), place('village', 44.2, 12.4, 1)];
    const far = place('capital abroad', 52, 55, 1);
    const country = place('a country', 60, 90, 4, 'country');
    const { framed, outside } = framePlaces([...scene, far, country]);
    expect(framed.map((p) => p.id)).toEqual(scene.map((p) => p.id));
    expect(outside.map((p) => p.id)).toEqual(['capital abroad']);
  });

  it('frames what there is when no place is named twice, and countries when there is nothing else', () => {
    const once = [place('a', 10, 10, 1), place('b', 30, 40, 1)];
    expect(framePlaces(once).framed).toEqual(once);
    const countries = [place('c', 10, 10, 2, 'country')];
    expect(framePlaces(countries).framed).toEqual(countries);
  });
});
