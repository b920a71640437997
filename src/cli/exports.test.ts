import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { EXIT, main } from './index.js';
import { EXPORT_FORMATS } from './exports.js';

const EXAMPLE = join(import.meta.dirname, '../../examples/caspian-ferry-fire');
let root: string;
let stdout: string[];
let outSpy: MockInstance;
let errSpy: MockInstance;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'triangulate-exports-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
beforeEach(() => {
  stdout = [];
  outSpy = vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    stdout.push(String(s));
    return true;
  });
  errSpy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => {
  outSpy.mockRestore();
  errSpy.mockRestore();
});

const run = (...args: string[]) => main(['node', 'triangulate', ...args]);
const ok = [EXIT.ok, EXIT.skipped];

describe('exchange formats on the command line', () => {
  it('analyze writes FtM, ClaimReview, GeoJSON and Web Annotations to files', async () => {
    const files = { ftm: join(root, 'a.ftm.jsonl'), claimreview: join(root, 'a.claims.jsonld'), geojson: join(root, 'a.geojson'), annotations: join(root, 'a.annotations.jsonld') };
    expect(ok).toContain(await run('analyze', EXAMPLE, '--quiet', ...Object.entries(files).flatMap(([k, f]) => [`--${k}`, f])));
    const ftm = (await readFile(files.ftm, 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(ftm.filter((e) => e.schema === 'Article')).toHaveLength(7);
    expect(JSON.parse(await readFile(files.claimreview, 'utf8'))['@context']).toBe('https://schema.org');
    expect(JSON.parse(await readFile(files.geojson, 'utf8')).type).toBe('FeatureCollection');
    expect(JSON.parse(await readFile(files.annotations, 'utf8')).type).toBe('AnnotationCollection');
  }, 60_000);

  it('analyze --ftm - streams the entities to standard output and nothing else', async () => {
    expect(ok).toContain(await run('analyze', EXAMPLE, '--ftm', '-'));
    const lines = stdout.join('').trim().split('\n');
    expect(lines.length).toBeGreaterThan(7);
    for (const l of lines) expect(JSON.parse(l)).toHaveProperty('schema');
  }, 60_000);

  it('report offers the same formats from the case file: --geojson -', async () => {
    const db = join(root, 'case');
    expect(ok).toContain(await run('ingest', EXAMPLE, '--story', 'ferry', '--db', db, '--threads', '0'));
    stdout = [];
    expect(await run('report', 'ferry', '--db', db, '--geojson', '-')).toBe(EXIT.ok);
    const fc = JSON.parse(stdout.join(''));
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.length).toBeGreaterThan(0);
  }, 120_000);

  it('lists every format in the help of analyze and report', async () => {
    for (const command of ['analyze', 'report']) {
      stdout = [];
      await run(command, '--help').catch(() => undefined);
      for (const f of EXPORT_FORMATS) expect(stdout.join(''), `${command} --${f.option}`).toContain(`--${f.option} <file>`);
    }
  });
});
