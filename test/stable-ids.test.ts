// Ids are content-based: adding an article to a story keeps the id of every document, entity, claim, event and
// conflict that was already there — in `analyze` and in the case file.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest, storyReport } from '../src/casefile/index.js';
import { analyzePaths } from '../src/pipeline.js';
import { buildReport } from '../src/report/index.js';
import { openStore, type Store } from '../src/store/index.js';

// written for this test: one more report of the bundled example's fictional ferry fire
const EXTRA = `Harbour Ledger

Ferry fire: divers reach the vehicle deck

AKTAU — Divers reached the burnt vehicle deck of the Altyn Kyran on Wednesday, Kazakhstan's Ministry of Emergency
Situations said. Minister Yerlan Zhaksybekov told reporters in Aktau that the search for the missing would go on.
`;

type Report = ReturnType<typeof buildReport>;
/** What each id stands for: a document's file, an entity's type and name, a claim's predicate and subject. */
const meanings = (r: Report) =>
  new Map<string, string>([
    ...r.documents.map((d): [string, string] => [d.id, `document ${d.file}`]),
    ...r.entities.map((e): [string, string] => [e.id, `${e.type} ${e.name}`]),
    ...r.claims.map((c): [string, string] => [c.id, `${c.predicate} ${c.subject} ${JSON.stringify(c.object)}`]),
    ...r.events.map((e): [string, string] => [e.id, `event ${e.what}`]),
    ...r.conflicts.map((c): [string, string] => [c.id, `conflict ${c.question}`]),
  ]);

/** Ids of `before` that are gone from `after` or mean something else there; the documents' ids must all survive. */
function moved(before: Report, after: Report) {
  const a = meanings(after);
  return [...meanings(before)].filter(([id, what]) => a.get(id) !== what);
}

let dir: string;
let folder: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'triangulate-ids-'));
  folder = join(dir, 'story');
  await cp('examples/caspian-ferry-fire', folder, { recursive: true });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('stable ids', () => {
  it('analyze: adding an article keeps every id that was there', async () => {
    const before = buildReport(await analyzePaths([folder]));
    await writeFile(join(folder, '00-extra.txt'), EXTRA);
    const after = buildReport(await analyzePaths([folder]));
    await rm(join(folder, '00-extra.txt'));
    expect(after.documents.length).toBe(before.documents.length + 1);
    for (const d of before.documents) expect(after.documents.find((x) => x.file === d.file)?.id).toBe(d.id);
    expect(moved(before, after)).toEqual([]);
    expect(before.entities.length + before.claims.length + before.conflicts.length).toBeGreaterThan(50);
  });

  it('analyze: re-ordering and removing inputs keeps the ids of the rest', async () => {
    const all = buildReport(await analyzePaths([folder]));
    const some = buildReport(await analyzePaths([join(folder, '07-russian-brief.txt'), join(folder, '01-wire-report.txt')]));
    for (const d of some.documents) expect(d.id).toBe(all.documents.find((x) => x.file === d.file)?.id);
  });

  describe('case file', () => {
    let store: Store;
    beforeAll(async () => {
      store = await openStore(join(dir, 'db'));
    });
    afterAll(() => store?.close());

    it('a new ingest into a story keeps every id of its stored report', async () => {
      await ingest(store, [folder], { story: 'ferry' });
      const { report: before } = await storyReport(store, 'ferry');
      const extra = join(dir, '00-extra.txt');
      await writeFile(extra, EXTRA);
      await ingest(store, [extra], { story: 'ferry' });
      const { report: after } = await storyReport(store, 'ferry');
      expect(after.documents.length).toBe(before.documents.length + 1);
      expect(moved(before, after)).toEqual([]);
      // the case file and analyze agree on the ids
      expect(before.documents.map((d) => d.id)).toEqual(buildReport(await analyzePaths([folder])).documents.map((d) => d.id));
    });
  });
});
