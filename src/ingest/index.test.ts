import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from './index.js';

const fixtures = new URL('./fixtures/', import.meta.url).pathname;
const russian =
  'Министр транспорта открыл новый мост через реку во вторник. По словам мэра, строительство заняло три года и обошлось городу значительно дороже, чем планировалось.';
const arabic =
  'افتتح وزير النقل جسرا جديدا فوق النهر يوم الثلاثاء. وقال المسؤولون إن البناء استغرق ثلاث سنوات وكلف أكثر مما كان مخططا له.';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'triangulate-ingest-'));
  await writeFile(join(dir, 'a-wire.txt'), 'Ferry Back in Service\n\nSTAVANGER (Coast Wire) — The ferry resumed sailing on Friday after repairs, the operator said.');
  await writeFile(join(dir, 'b-cyrillic.txt'), iconv.encode(`Новый мост\n\n${russian}`, 'windows-1251'));
  await writeFile(join(dir, 'c-arabic.txt'), iconv.encode(`جسر جديد\n\n${arabic}`, 'windows-1256'));
  await writeFile(join(dir, 'd-utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('Tram Opens\n\nThe first tram carried passengers across the city on Sunday morning.', 'utf-16le')]));
  await writeFile(join(dir, 'e-image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
  await writeFile(join(dir, 'f-empty.txt'), '');
  await writeFile(join(dir, 'g-junk.txt'), 'Leave a Reply\n\nBack to top\n');
  await writeFile(join(dir, 'gold.json'), '{}');
  await writeFile(join(dir, 'notes.md'), '# notes');
  await writeFile(join(dir, 'h-huge.txt'), '');
  await truncate(join(dir, 'h-huge.txt'), 21 * 1024 * 1024);
  await symlink(join(dir, 'missing.txt'), join(dir, 'i-broken.txt'));
  await writeFile(join(dir, '.hidden.txt'), 'A hidden file that must not be read at all.');
  await mkdir(join(dir, '.cache'));
  await writeFile(join(dir, '.cache', 'x.txt'), 'Cached copy that must not be read.');
  await mkdir(join(dir, 'sub'));
  await writeFile(join(dir, 'sub', 'j-nested.html'), '<html><body><p>The nested page says the museum reopened on Saturday after a long renovation.</p></body></html>');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readInputs', () => {
  it('returns the good documents in path order and one message per bad file, naming it', async () => {
    const seen: string[] = [];
    const { documents, messages } = await readInputs([dir], { onFile: (path, i, total) => seen.push(`${i + 1}/${total} ${path}`) });
    expect(documents.map((d) => d.file)).toEqual(['a-wire.txt', 'b-cyrillic.txt', 'c-arabic.txt', 'd-utf16.txt', 'j-nested.html']);
    // ids come from each article's content, not its place in the list
    const alone = await Promise.all(documents.map(async (d) => (await readInputs([d.path])).documents[0].id));
    expect(documents.map((d) => d.id)).toEqual(alone);
    expect(documents.every((d) => /^d[0-9a-f]{8}$/.test(d.id))).toBe(true);
    const problems = messages.filter((m) => m.rule !== 'read/encoding' && !/^read\/(?:date|outlet)-/.test(m.rule)).map((m) => [m.rule, m.file.slice(dir.length + 1)]);
    expect(problems).toEqual([
      ['read/binary', 'e-image.png'],
      ['read/empty', 'f-empty.txt'],
      ['clean/empty-after-cleaning', 'g-junk.txt'],
      ['read/not-article', 'gold.json'],
      ['read/too-large', 'h-huge.txt'],
      ['read/unreadable', 'i-broken.txt'],
      ['read/not-article', 'notes.md'],
    ]);
    for (const m of messages) expect(m.message).toContain(m.file);
    expect(seen).toHaveLength(9);
    expect(seen[0]).toBe(`1/9 ${join(dir, 'a-wire.txt')}`);
  });

  it('fills every field of a Document', async () => {
    const { documents } = await readInputs([join(dir, 'a-wire.txt')]);
    expect(documents[0]).toEqual({
      id: expect.stringMatching(/^d[0-9a-f]{8}$/),
      path: join(dir, 'a-wire.txt'),
      file: 'a-wire.txt',
      format: 'text',
      encoding: 'utf-8',
      title: 'Ferry Back in Service',
      outlet: 'Coast Wire',
      author: null,
      published: null,
      dateline: 'Stavanger',
      syndicatedFrom: null,
      credits: [],
      language: 'en',
      text: 'Ferry Back in Service\n\nSTAVANGER (Coast Wire) — The ferry resumed sailing on Friday after repairs, the operator said.',
      removed: [],
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('decodes legacy encodings, says which one it assumed, and detects their languages', async () => {
    const { documents, messages } = await readInputs([join(dir, 'b-cyrillic.txt'), join(dir, 'c-arabic.txt'), join(dir, 'd-utf16.txt')]);
    expect(documents.map((d) => [d.encoding, d.language, d.title])).toEqual([
      ['windows-1251', 'ru', 'Новый мост'],
      ['windows-1256', 'ar', 'جسر جديد'],
      ['utf-16le', 'en', 'Tram Opens'],
    ]);
    expect(messages.filter((m) => m.severity !== 'info').map((m) => [m.rule, m.file.slice(dir.length + 1)])).toEqual([
      ['read/encoding', 'b-cyrillic.txt'],
      ['read/encoding', 'c-arabic.txt'],
    ]);
    // what the pages leave unknown is said, as info
    expect(messages.filter((m) => m.severity === 'info' && m.file.endsWith('c-arabic.txt')).map((m) => m.rule)).toEqual([
      'read/date-unknown',
      'read/outlet-unknown',
    ]);
  });

  it('reads the fixture folder: HTML metadata, syndication, and boilerplate kept aside', async () => {
    const { documents, messages } = await readInputs([fixtures]);
    expect(messages.filter((m) => m.severity !== 'info')).toEqual([]);
    const byFile = new Map(documents.map((d) => [d.file, d]));
    expect(byFile.get('page-jsonld.html')).toMatchObject({ format: 'html', outlet: 'The Coastal Courier', dateline: 'Saltmere', credits: ['AFP'] });
    expect(byFile.get('page-jsonld.html')?.text.startsWith('Bridge Reopens After Repairs\n\nSALTMERE')).toBe(true);
    expect(byFile.get('malformed-html.txt')).toMatchObject({ format: 'html', title: 'Storm warning' });
    const copy = byFile.get('syndicated-copy.txt');
    expect(copy).toMatchObject({ syndicatedFrom: 'Al Jazeera', outlet: 'RiverWave FM' });
    expect(copy?.text).not.toMatch(/Recommended Stories|Source: Aljazeera|header-image|RiverWave/);
    expect(copy?.removed.map((b) => b.reason)).toContain('clean/self-promotion');
    const toc = byFile.get('saved-page-toc.txt');
    expect(toc?.text).toContain('What Happens to the Bus Routes?');
    expect(toc?.text).not.toMatch(/Table of Contents|Discussion prompts|Would you use the tram/);
  });

  it('completes a short agency name from the folder and keeps the copying site as the copy\'s outlet', async () => {
    const { documents } = await readInputs([fixtures]);
    const byFile = new Map(documents.map((d) => [d.file, d]));
    expect(byFile.get('agency-original.txt')).toMatchObject({ outlet: 'Borealis Press Service', published: '2024-09-12', syndicatedFrom: null });
    const copy = byFile.get('masthead-agency-copy.txt');
    expect(copy).toMatchObject({ outlet: 'Lakeside Ledger', syndicatedFrom: 'Borealis Press Service', published: null });
    expect(copy?.text).toMatch(/^Glass works reopens after boiler repair\n\nNORDHAVEN/);
    expect(copy?.text).not.toMatch(/Lakeside Ledger|Home \|/);
  });
});
