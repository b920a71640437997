import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/index.js';
import { ingest } from './ingest.js';
import { storyReport } from './report.js';
import { caseFileSource } from './source.js';

describe('the workbench reading a case file', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore(mkdtempSync(join(tmpdir(), 'casefile-source-')));
    await ingest(store, ['examples/caspian-ferry-fire'], { story: 'ferry fire' });
  }, 120_000);
  afterAll(() => store?.close());

  it('lists the stories with their document and conflict counts, and serves each report from the store', async () => {
    const source = caseFileSource(store);
    const [story] = await source.stories();
    const { report } = await storyReport(store, 'ferry fire');
    expect(story).toMatchObject({ name: 'ferry fire', documents: report.documents.length, conflicts: report.conflicts.length });
    expect(await source.report(story.id)).toEqual(report);
    expect(await source.report('s999')).toBeNull();
    expect(await source.report('../etc')).toBeNull();
  });
});
