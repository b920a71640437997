import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, makeStory, render } from './generate.mjs';
import { scoreCase, totalScore } from './quality.mjs';
import { findStoryFolders, generateRealCorpus, perturb } from './real.mjs';
import { renderTable, runBench } from './run.mjs';

const dir = mkdtempSync(join(tmpdir(), 'triangulate-bench-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('generator', () => {
  it('is reproducible from its seed, story by story', () => {
    expect(makeStory(3, 5)).toEqual(makeStory(3, 5));
    expect(makeStory(3, 5).articles[0].text).not.toBe(makeStory(3, 6).articles[0].text);
  });

  it('writes the planted values into the documents the manifest names', () => {
    const stories = Array.from({ length: 20 }, (_, i) => makeStory(11, i));
    const planted = stories.flatMap((s) => s.planted.map((p) => ({ p, s })));
    expect(new Set(planted.map(({ p }) => p.kind))).toEqual(new Set(['office', 'leader', 'quantity']));
    for (const { p, s } of planted) {
      const carrier = s.articles.find((a) => a.file === p.plantedIn)!.text;
      // any spelling of the family name: the generator varies kh/h, ou/u, ey/ei and al-/el- across articles
      const spelling = (name: string) => new RegExp(name.split(' ').pop()!.toLowerCase().replace(/^(?:al|el)-/, '').replace(/kh/g, 'k?h').replace(/ou/g, 'o?u').replace(/ey/g, 'e[iy]'), 'i');
      if (p.kind === 'quantity') expect(carrier).toContain(`carrying ${p.values[1]} people`);
      else expect(carrier).toMatch(spelling(p.values[1]));
      expect(p.docs).toContain(p.plantedIn);
      expect(p.docs.length).toBeGreaterThan(1);
    }
  });

  it('gives each article several hundred words and syndicated copies a credit line', () => {
    const story = makeStory(1, 0);
    expect(story.articles).toHaveLength(8);
    for (const a of story.articles) expect(a.text.split(/\s+/).length).toBeGreaterThan(450);
    expect(story.articles[1].text).toMatch(/\nSource: \w+ News Agency$/);
  });

  it('streams whole stories and a manifest to disk', () => {
    const out = join(dir, 'small');
    const r = generateCorpus({ articles: 20, out, seed: 2 });
    expect(r).toMatchObject({ stories: 3, articles: 24 });
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.stories.map((s: { story: string }) => s.story)).toEqual([0, 1, 2].map((i) => makeStory(2, i).folder));
  });

  it('refuses a template slot it has no value for', () => {
    expect(render('{a} and {b}', { a: 1, b: 'two' })).toBe('1 and two');
    expect(() => render('{missing}', {})).toThrow(/missing/);
  });
});

describe('real-text corpus (--real)', () => {
  // two invented story folders of our own, one of them nested, and a folder with a single file that is no story
  const source = join(dir, 'real-source');
  const story = (name: string, files: Record<string, string>) => {
    mkdirSync(join(source, name), { recursive: true });
    for (const [f, text] of Object.entries(files)) writeFileSync(join(source, name, f), text);
  };
  story('harbour', {
    '01-wire.txt': 'Title: Crane collapse at the harbour\nDate: 2024-05-02\n\nMayor Ilsa Brantwood said two workers were hurt on Thursday.\n\nThe crane fell at noon.\n\nInspectors arrived in the evening.\n\nBrantwood asked for calm.',
    '02-local.txt': 'Title: Harbour crane falls\nDate: 2024-05-03\n\nIlsa Brantwood, the mayor, said three workers were hurt.',
    'README.md': 'not an article',
    'gold.json': '{}',
  });
  story('nested/vote', { 'a.txt': 'Title: Vote delayed\n\nSpeaker Tomas Quillon delayed the vote to 2025.', 'b.txt': 'Title: Vote\n\nQuillon said the vote moves to 2025.' });
  story('lonely', { 'only.txt': 'One file is no story.' });

  it('finds every folder of two or more articles, and says when there is none', () => {
    expect(findStoryFolders(source).map((f) => f.slice(source.length))).toEqual(['/harbour', '/nested/vote']);
    expect(() => findStoryFolders(join(source, 'lonely'))).toThrow(/no folder under .*lonely holds two or more articles/);
    expect(() => findStoryFolders(join(source, 'missing'))).toThrow(/is not a folder/);
  });

  it('renames people the same way in every document of a copy, shifts years and keeps the header and lead in place', () => {
    let n = 0;
    const rnd = () => {
      n = (n * 7 + 3) % 11;
      return n / 11;
    };
    const text = 'Title: T\nDate: 2024-05-02\n\nLead by Ilsa Brantwood.\n\nOne.\n\nTwo.\n\nThree Brantwood.';
    const out = perturb(text, new Map([['Brantwood', 'Keldor'], ['Ilsa', 'Mara']]), 3, true, rnd);
    expect(out.startsWith('Title: T\nDate: 2027-05-02\n\nLead by Mara Keldor.\n\n')).toBe(true);
    expect(out.split('\n\n').slice(2).sort()).toEqual(['One.', 'Three Keldor.', 'Two.']);
    expect(out).not.toContain('Brantwood');
    // a name inside a longer word is not a name
    expect(perturb('Brantwoods and XBrantwood', new Map([['Brantwood', 'K']]), 0, false, rnd)).toBe('Brantwoods and XBrantwood');
  });

  it('writes the requested number of articles in copies of each story, the first copy as it was, the same for the same seed', async () => {
    const analyze = async (folder: string) => {
      // the people of the story, as the pipeline would find them
      const people = folder.endsWith('harbour') ? ['Ilsa Brantwood'] : ['Tomas Quillon'];
      return { entities: people.map((name) => ({ type: 'person', name, aliases: [] })) };
    };
    const make = (out: string, seed: number) => generateRealCorpus({ sources: [source], articles: 9, out: join(dir, out), seed, analyze });
    const r = await make('real-a', 1);
    expect(r).toMatchObject({ sources: 2, articles: 9 });
    const manifest = JSON.parse(readFileSync(join(dir, 'real-a', 'manifest.json'), 'utf8'));
    expect(manifest.real).toBe(true);
    expect(manifest.stories.map((s: { story: string }) => s.story)).toEqual(['real-source_harbour-c0000', 'real-source_nested_vote-c0000', 'real-source_harbour-c0001', 'real-source_nested_vote-c0001', 'real-source_harbour-c0002']);
    expect(manifest.stories.every((s: { planted: unknown[] }) => s.planted.length === 0)).toBe(true);
    const read = (out: string, story: string, f: string) => readFileSync(join(dir, out, story, f), 'utf8');
    expect(read('real-a', 'real-source_harbour-c0000', '01-wire.txt')).toBe(readFileSync(join(source, 'harbour', '01-wire.txt'), 'utf8'));
    const copy = [read('real-a', 'real-source_harbour-c0001', '01-wire.txt'), read('real-a', 'real-source_harbour-c0001', '02-local.txt')];
    expect(copy.join(' ')).not.toMatch(/Brantwood|Ilsa/);
    const renamed = /Mayor (\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+) said/u.exec(copy[0])!;
    expect(copy[1]).toContain(`${renamed[1]} ${renamed[2]}, the mayor`);
    expect(copy[0]).toContain('Date: 2026-05-02');
    expect(readdirSync(join(dir, 'real-a', 'real-source_harbour-c0002'))).toEqual(['01-wire.txt']);
    await make('real-b', 1);
    expect(read('real-b', 'real-source_harbour-c0001', '01-wire.txt')).toBe(copy[0]);
  });
});

describe('scoring', () => {
  const planted = [
    { kind: 'office' as const, question: 'q', values: ['Ana Vukovic', 'Omar Kholodov'], docs: ['a', 'b'], plantedIn: 'b' },
    { kind: 'quantity' as const, question: 'q', values: ['47', '52'], docs: ['a', 'c'], plantedIn: 'c' },
  ];
  const key = (n: string) => n.split(' ').pop()!.toLowerCase().replace('kh', 'h');
  it('counts a conflict found whatever spelling names its sides, and anything else as a false alarm', () => {
    const reported = [
      { kind: 'office', question: 'q', alternatives: [{ value: 'Ana Vukovic', docs: ['a'] }, { value: 'Omar Holodov', docs: ['b'] }] },
      { kind: 'quantity', question: 'q', alternatives: [{ value: '3 people', docs: ['a'] }, { value: '7 people', docs: ['c'] }] },
    ];
    const score = scoreCase(planted, reported, key);
    expect(score.found).toEqual([planted[0]]);
    expect(score.missed).toEqual([planted[1]]);
    expect(score.falseAlarms).toEqual([reported[1]]);
    expect(totalScore([score])).toMatchObject({ planted: 2, found: 1, recall: 0.5, reported: 2, falseAlarms: 1, falseAlarmRate: 0.5 });
  });
});

describe('runner', () => {
  const options = { size: 50, seed: 7, threads: 0, cases: 1, store: 'memory', workers: 1, stories: 0, peer: 0, floor: false, probe: [], progress: false, dir: join(dir, 'run') };

  it('finds the planted conflicts of a small corpus with few false alarms', async () => {
    const r = await runBench({ ...options, threads: 0, store: 'memory', floor: true });
    console.log(renderTable(r));
    expect(r.articles).toBe(56);
    expect(r.quality.planted).toBeGreaterThan(5);
    expect(r.quality.recall).toBeGreaterThanOrEqual(0.95);
    expect(r.quality.falseAlarmRate).toBeLessThanOrEqual(0.05);
    expect(Object.keys(r.stages)).toEqual(['read', 'clean', 'annotate', 'resolve', 'claims', 'crosscheck']);
    for (const stage of ['read', 'clean', 'annotate', 'claims']) expect(r.stages[stage as keyof typeof r.stages]).toBeGreaterThan(0);
    expect(r.phases).toBeNull();
  });

  it('finds the same conflicts with the per-document stages in worker threads', async () => {
    const r = await runBench({ ...options, threads: 2, cases: 2, stories: 3 });
    expect(r.articles).toBe(24);
    expect(r.quality.recall).toBeGreaterThanOrEqual(0.95);
    expect(r.quality.falseAlarmRate).toBeLessThanOrEqual(0.05);
  });

  it('runs the case file on the embedded store, reporting ingest speed and each story read back', async () => {
    const r = await runBench({ ...options, store: 'embedded', stories: 2 });
    console.log(renderTable(r));
    expect(r.articles).toBe(16);
    expect(r.ingestArticlesPerSecond).toBeGreaterThan(0);
    // stage times come with the case file's events; the wall time splits into phases
    expect(Object.keys(r.stages)).toEqual(['read', 'clean', 'annotate', 'resolve', 'claims', 'crosscheck', 'store']);
    for (const stage of ['read', 'clean', 'annotate', 'store']) expect(r.stages[stage as keyof typeof r.stages]).toBeGreaterThan(0);
    expect(Object.keys(r.phases ?? {})).toEqual(['ingest', 'recompute', 'report']);
    expect(renderTable(r)).toMatch(/phases \(wall\)\s+ingest [\d.]+ s, recompute [\d.]+ s, report [\d.]+ s/);
    expect(r.quality.planted).toBeGreaterThan(0);
    expect(r.quality.recall).toBeGreaterThanOrEqual(0.95);
  });
});
