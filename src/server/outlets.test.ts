// An outlet's record across the stories of a case file (GET /api/outlets/NAME).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../report/index.js';
import { outletAcrossStories, outletsView } from './outlets.js';
import { analysisSource } from './source.js';

const ROOT = join(import.meta.dirname, '../..');
const load = async (folder: string) => (await analysisSource([folder]).report('s1')) as Report;

describe("an outlet's record across stories", () => {
  it('sums the record of every story that has the outlet and leaves the others out', async () => {
    const [ferry, toll] = await Promise.all([load(join(ROOT, 'examples/caspian-ferry-fire')), load(join(ROOT, 'test/web/fixtures/rising-toll'))]);
    const stories = [
      { id: 's1', name: 'ferry', report: ferry },
      { id: 's2', name: 'ferry again', report: ferry },
      { id: 's3', name: 'toll', report: toll },
    ];
    const inFerry = outletsView(ferry).outlets;
    const onlyFerry = inFerry.find((o) => !outletsView(toll).outlets.some((t) => t.name.toLowerCase() === o.name.toLowerCase()) && o.claims > 0);
    expect(onlyFerry, 'an outlet of the example that the other story lacks').toBeDefined();
    const o = onlyFerry as (typeof inFerry)[number];
    // another spelling of the same name: case and spacing differ
    const across = outletAcrossStories(stories, ` ${o.name.toUpperCase().replace(/ /g, '  ')} `);
    expect(across.searched).toBe(3);
    expect(across.stories.map((s) => s.story.id)).toEqual(['s1', 's2']);
    expect(across.stories[0]).toMatchObject({ outlet: o.name, documents: o.documents, claims: o.claims, status: o.status, sides: o.sides, bestSupportedSides: o.bestSupportedSides });
    expect(across.total).toEqual({
      stories: 2,
      documents: 2 * o.documents,
      claims: 2 * o.claims,
      status: { corroborated: 2 * o.status.corroborated, 'single-source': 2 * o.status['single-source'], contested: 2 * o.status.contested },
      sides: 2 * o.sides,
      bestSupportedSides: 2 * o.bestSupportedSides,
    });
    expect(outletAcrossStories(stories, 'No Such Outlet').stories).toEqual([]);
  });
});
