import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript script of ours, without type declarations
import { removeCorpus, runFuzz } from '../../scripts/fuzz.mjs';

const loader = fileURLToPath(new URL('../store/tsLoader.mjs', import.meta.url));
const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
let work: string | undefined;

afterAll(() => {
  if (work) removeCorpus(work);
});

it('the small fuzz corpus goes through analyze and ingest: no crash, no stack trace, no hang, every skipped file named, exit 3', async () => {
  // one thread: worker threads under the TypeScript loader each load the compiler, which the built CLI does not
  const r = await runFuzz({ size: 'small', cli: ['--import', loader, cli], budget: { seconds: 150, rssMb: 2000 }, threads: 0, together: true });
  work = r.work;
  expect(r.failures).toEqual([]);
  expect(r.analyze.code).toBe(3);
  expect(r.ingest.code).toBe(3);
  // the limits name themselves in their messages
  expect(r.analyze.stderr).toMatch(/nested more than 200 elements deep \(TRIANGULATE_MAX_HTML_DEPTH\)/);
  expect(r.analyze.stderr).toMatch(/limit 200000, TRIANGULATE_MAX_LINE_CHARS/);
  expect(r.ingest.stderr).toMatch(/not a readable feed: .*(?:[Ee]xternal entit|entity)/);
  expect(r.analyze.peakMb).toBeGreaterThan(0);
  console.log(`fuzz: ${r.files} files; analyze ${r.analyze.seconds.toFixed(1)} s, ${r.analyze.peakMb} MB; ingest ${r.ingest.seconds.toFixed(1)} s, ${r.ingest.peakMb} MB`);
}, 320_000);
