import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { EXIT, main } from './index.js';

let root: string;
let good: string;
let mixed: string;
let stderr: string[];
let stdout: string[];
let errSpy: MockInstance;
let outSpy: MockInstance;

const ferryA = 'Ferry Delayed by Winds\n\nThe ferry from Porto was delayed on Monday by high winds, the operator said. About 80 passengers waited at the quay for six hours.';
const ferryB = 'Winds Halt Porto Ferry\n\nHigh winds stopped the Porto ferry on Monday, leaving passengers waiting for hours, a spokeswoman for the operator said.';

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'triangulate-cli-'));
  good = join(root, 'good');
  mixed = join(root, 'mixed');
  await mkdir(good);
  await mkdir(mixed);
  for (const dir of [good, mixed]) {
    await writeFile(join(dir, 'a-ferry.txt'), ferryA);
    await writeFile(join(dir, 'b-ferry.txt'), ferryB);
  }
  await writeFile(join(mixed, 'c-photo.bin'), Buffer.from([0x00, 0x01, 0x02, 0x00, 0xff, 0xfe, 0x00, 0x00, 0x07, 0x08, 0x00, 0x09]));
  await writeFile(join(mixed, 'd-empty.txt'), '');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

beforeEach(() => {
  stderr = [];
  stdout = [];
  errSpy = vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    stderr.push(String(s));
    return true;
  });
  outSpy = vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    stdout.push(String(s));
    return true;
  });
});

afterEach(() => {
  errSpy.mockRestore();
  outSpy.mockRestore();
});

const run = (...args: string[]) => main(['node', 'triangulate', ...args]);

describe('triangulate analyze', () => {
  it('exits 0 on a folder of good articles and writes the JSON report', async () => {
    const out = join(root, 'good.json');
    expect(await run('analyze', good, '--json', out, '--quiet')).toBe(EXIT.ok);
    const report = JSON.parse(await readFile(out, 'utf8'));
    expect(report.documents.map((d: { file: string }) => d.file)).toEqual(['a-ferry.txt', 'b-ferry.txt']);
    expect(stdout.join('')).toBe('');
    expect(stderr.join('')).toContain(`wrote ${out}`);
  });

  it('writes the terminal report to stdout without --quiet, and Markdown with --md', async () => {
    const md = join(root, 'good.md');
    expect(await run('analyze', good, '--md', md)).toBe(EXIT.ok);
    expect(stdout.join('')).toContain('Documents (2)');
    expect(await readFile(md, 'utf8')).toMatch(/^# triangulate report/);
  });

  it('writes the JSON for the readable articles when a binary and an empty file are skipped, and names them', async () => {
    const out = join(root, 'mixed.json');
    await run('analyze', mixed, '--json', out, '--quiet');
    const report = JSON.parse(await readFile(out, 'utf8'));
    expect(report.documents).toHaveLength(2);
    const err = stderr.join('');
    expect(err).toContain('c-photo.bin');
    expect(err).toContain('d-empty.txt');
  });

  it('exits 3 when files were skipped', async () => {
    expect(await run('analyze', mixed, '--json', join(root, 'mixed2.json'), '--quiet')).toBe(EXIT.skipped);
  });

  it('names each skipped file once per line', async () => {
    await run('analyze', mixed, '--quiet');
    for (const line of stderr.join('').split('\n').filter((l) => l.includes('c-photo.bin'))) expect(line.split('c-photo.bin')).toHaveLength(2);
  });

  it('exits 3 when an unreadable path is skipped but other articles were read', async () => {
    expect(await run('analyze', join(good, 'a-ferry.txt'), join(root, 'missing.txt'), '--quiet')).toBe(EXIT.skipped);
    expect(stderr.join('')).toContain('missing.txt');
  });

  it('fails with a message when the only path does not exist', async () => {
    const missing = join(root, 'no-such-folder');
    const code = await run('analyze', missing, '--quiet');
    expect(code).not.toBe(EXIT.ok);
    expect(code).toBe(EXIT.failed);
    expect(stderr.join('')).toMatch(/no readable articles/);
    expect(stderr.join('')).toContain('no-such-folder');
  });

  it('exits 2 on an unknown option', async () => {
    expect(await run('analyze', good, '--bogus')).toBe(EXIT.usage);
    expect(stderr.join('')).toContain('--bogus');
  });

  it('exits 2 on an unknown command or a missing path argument', async () => {
    expect(await run('frobnicate')).toBe(EXIT.usage);
    expect(await run('analyze')).toBe(EXIT.usage);
  });
});
