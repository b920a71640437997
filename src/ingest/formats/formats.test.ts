import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocx, makeEmail, makePdf, makeWarc } from '../../../test/formats/make.js';
import { fictionalArticle } from '../../../test/store/generate.js';
import { ingest } from '../../casefile/index.js';
import { openStore, type Store } from '../../store/index.js';
import { readInputs } from '../index.js';

let dir: string;
let dbDir: string;
// one embedded database for the file, opened with the hook's time: creating one takes seconds
let store: Store;
const lines = (s: number, i: number) => fictionalArticle(s, i).split('\n').filter(Boolean);
const html = (s: number, i: number) => {
  const [title, ...body] = lines(s, i);
  return `<!doctype html><html><head><title>${title}</title><meta property="og:site_name" content="Harbour Times"></head><body><article><h1>${title}</h1>${body.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'triangulate-formats-'));
  dbDir = await mkdtemp(join(tmpdir(), 'triangulate-formats-db-'));
  store = await openStore(dbDir);
  const [pdfTitle, ...pdfBody] = lines(1, 1);
  await writeFile(join(dir, 'bulletin.pdf'), makePdf([pdfBody.slice(0, 1), pdfBody.slice(1)], { title: pdfTitle as string, author: 'Ilsa Quillen', created: '20260304101500Z' }));
  const [docTitle, ...docBody] = lines(2, 2);
  await writeFile(join(dir, 'memo.docx'), await makeDocx(docTitle as string, docBody));
  const [mailTitle, ...mailBody] = lines(3, 3);
  await writeFile(join(dir, 'tip.eml'), makeEmail({ from: 'Borun Sodrak <desk@harbour-times.co.uk>', subject: mailTitle as string, date: 'Thu, 05 Mar 2026 09:30:00 +0000', body: mailBody.join('\n\n') }));
  const warc = await makeWarc([
    { url: 'https://harbour-times.example/news/4.html', html: html(4, 4) },
    { url: 'https://harbour-times.example/logo.png', html: 'PNG', type: 'image/png' },
    { url: 'https://harbour-times.example/gone.html', html: '<h1>gone</h1>', status: 404 },
    { url: 'https://harbour-times.example/news/5.html', html: html(5, 5) },
  ]);
  await writeFile(join(dir, 'crawl.warc.gz'), warc);
  // the first record whole, the second cut in the middle
  const first = await makeWarc([{ url: 'https://harbour-times.example/news/6.html', html: html(6, 6) }]);
  const second = await makeWarc([{ url: 'https://harbour-times.example/news/7.html', html: html(7, 7) }]);
  await writeFile(join(dir, 'cut.warc.gz'), Buffer.concat([first, second.subarray(0, second.length / 2)]));
  await writeFile(join(dir, 'broken.pdf'), Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\ngarbage, no xref, no trailer'));
  await writeFile(join(dir, 'broken.docx'), Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64, 7)]));
});

afterAll(async () => {
  await store?.close();
  await rm(dir, { recursive: true, force: true });
  await rm(dbDir, { recursive: true, force: true });
});

describe('PDF, DOCX, e-mail and WARC inputs', () => {
  it('reads each as articles with their titles, authors and dates; a corrupt file is named with its problem and the rest goes on', async () => {
    const { documents, messages } = await readInputs([dir]);
    const by = (end: string) => documents.find((d) => d.path.endsWith(end));
    expect(by('bulletin.pdf')).toMatchObject({ title: lines(1, 1)[0], author: 'Ilsa Quillen', published: '2026-03-04' });
    expect(by('bulletin.pdf')?.text).toContain('Chief engineer');
    expect(by('memo.docx')).toMatchObject({ title: lines(2, 2)[0] });
    expect(by('memo.docx')?.text).toContain(lines(2, 2)[2]);
    expect(by('tip.eml')).toMatchObject({ title: lines(3, 3)[0], author: 'Borun Sodrak', outlet: 'harbour-times', published: '2026-03-05' });
    expect(by('tip.eml')?.text).toContain(lines(3, 3)[1]);
    // only the HTML pages served with 200, each under its captured address; the cut file keeps its whole record
    const archived = documents.filter((d) => d.path.startsWith('https://')).map((d) => d.path);
    expect(archived.sort()).toEqual(['https://harbour-times.example/news/4.html', 'https://harbour-times.example/news/5.html', 'https://harbour-times.example/news/6.html']);
    expect(by('news/4.html')).toMatchObject({ outlet: 'Harbour Times', title: lines(4, 4)[0] });
    const said = (file: string) => messages.filter((m) => m.file === join(dir, file)).map((m) => m.message);
    expect(said('broken.pdf')).toEqual([expect.stringMatching(/broken\.pdf: not a readable PDF file \(.+\), skipped/)]);
    expect(said('broken.docx')).toEqual([expect.stringMatching(/broken\.docx: not a readable Word \(DOCX\) file \(.+\), skipped/)]);
    expect(said('cut.warc.gz')).toEqual([expect.stringMatching(/cut\.warc\.gz: truncated or corrupt after \d+ records .*; the 1 pages read before are kept/)]);
  });

  it('ingests them into the case file the same way', async () => {
    const summary = await ingest(store, [dir], { story: 'formats', threads: 0 });
    const records = await store.db.selectFrom('ingest_records').select(['source', 'status', 'reason']).orderBy('source').execute();
    const ok = records.filter((r) => r.status === 'ok').map((r) => r.source.replace(dir, ''));
    expect(ok.sort()).toEqual(['/bulletin.pdf', '/memo.docx', '/tip.eml', 'https://harbour-times.example/news/4.html', 'https://harbour-times.example/news/5.html', 'https://harbour-times.example/news/6.html']);
    expect(summary.problems.join('\n')).toMatch(/broken\.pdf: not a readable PDF file/);
    expect(summary.problems.join('\n')).toMatch(/cut\.warc\.gz: truncated or corrupt/);
  });
});
