import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../report/index.js';
import { searchStory } from './search.js';
import { analysisSource } from './source.js';

const FIXTURE = join(import.meta.dirname, '../../test/web/fixtures/multilingual');
let report: Promise<Report | null> | undefined;
const story = async () => {
  report ??= analysisSource([FIXTURE]).report('s1');
  return (await report) as Report;
};

describe('search by the names of entities', () => {
  it('finds the documents that write a place in Latin letters when the query is in Cyrillic', async () => {
    const r = await story();
    const latin = r.documents.find((d) => d.language === 'en');
    const place = r.entities.find((e) => e.type === 'place' && e.aliases.some((a) => /\p{Script=Cyrillic}/u.test(a)));
    expect(latin && place).toBeTruthy();
    const cyrillic = place?.aliases.find((a) => /\p{Script=Cyrillic}/u.test(a)) as string;
    expect(latin?.text.includes(cyrillic)).toBe(false);
    const found = searchStory(r, cyrillic);
    expect(found.named.map((e) => e.id)).toEqual([place?.id]);
    const hit = found.documents.find((d) => d.id === latin?.id);
    expect([place?.name, ...(place?.aliases ?? [])].map((n) => n?.toLowerCase())).toContain(hit?.match?.match.toLowerCase());
  });

  it('transliterates a spelling no document writes (the Ukrainian one) to the same entity', async () => {
    const r = await story();
    const ukrainian = 'Тбілісі';
    expect(r.documents.some((d) => d.text.includes(ukrainian))).toBe(false);
    const found = searchStory(r, ukrainian);
    const place = r.entities.find((e) => found.named.some((n) => n.id === e.id)) as Report['entities'][number];
    expect(place.type).toBe('place');
    expect(found.documents.map((d) => d.id).sort()).toEqual([...new Set(place.mentions.map((m) => m.doc))].sort());
  });

  it('does not expand a query that names no entity, and counts each passage once', async () => {
    const r = await story();
    const found = searchStory(r, 'queued');
    expect(found.named).toEqual([]);
    expect(found.documents.map((d) => [d.id, d.hits])).toEqual([[r.documents[0].id, 1]]);
  });
});
