import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { annotate } from '../annotate/index.js';
import { EXIT, main } from '../cli/index.js';
import { makeDocument } from '../../test/documents.js';
import { ComponentError, type DocumentComponent, loadComponents, planComponents, runComponents } from './index.js';

const fixtures = join(import.meta.dirname, '../../test/fixtures/components');
const component = (name: string, reads: string[], adds: string[], run: DocumentComponent['run'] = () => ({})): DocumentComponent => ({ name, reads, adds, run });

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'triangulate-components-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('planComponents', () => {
  it('accepts reads of core layers and of layers added earlier', () => {
    const list = [component('a', ['text', 'mentions'], ['quotes']), component('b', ['quotes'], ['speakers'])];
    expect(planComponents(list)).toBe(list);
  });

  it('names the component and the layer when a read is not available, a layer is added twice or a name repeats', () => {
    expect(() => planComponents([component('b', ['quotes'], [])])).toThrow(/component "b" reads "quotes", which no core layer or earlier component adds/);
    expect(() => planComponents([component('a', [], ['mentions'])])).toThrow(/adds layer "mentions", which is a core layer/);
    expect(() => planComponents([component('a', [], ['x']), component('b', [], ['x'])])).toThrow(/component "b" adds layer "x", which an earlier component adds/);
    expect(() => planComponents([component('a', [], []), component('a', [], [])])).toThrow(ComponentError);
  });
});

describe('runComponents', () => {
  const doc = makeDocument('d1', 'Harbour master Tova Renn said: "The crane was checked last spring." Nobody was hurt.');
  const ann = annotate(doc);

  it('gives each component the layers before it and never changes its input', () => {
    const frozen = Object.freeze({ ...ann, mentions: Object.freeze([...ann.mentions]) }) as typeof ann;
    const seen: string[][] = [];
    const out = runComponents(
      [
        component('first', ['text'], ['words'], ({ document }) => ({ layers: { words: [{ start: 0, end: 7, label: 'W' }] }, messages: [{ rule: 'note', severity: 'info', message: `${document.text.length} chars`, start: 0 }] })),
        component('second', ['words'], ['pairs'], ({ layers }) => {
          seen.push(Object.keys(layers));
          return { layers: { pairs: layers.words.map((w) => ({ ...w, label: 'P' })) } };
        }),
      ],
      doc,
      frozen,
    );
    expect(seen).toEqual([['words']]);
    expect(out.layers.words).toEqual([{ start: 0, end: 7, label: 'W', text: 'Harbour' }]);
    expect(out.layers.pairs[0].label).toBe('P');
    expect(out.messages).toEqual([expect.objectContaining({ rule: 'first/note', severity: 'info', file: doc.path })]);
    expect(ann.mentions).toEqual(frozen.mentions);
  });

  it('turns a failing component, an undeclared layer and a span outside the text into messages; the rest goes on', () => {
    const out = runComponents(
      [
        component('boom', [], ['x'], () => {
          throw new Error('model missing');
        }),
        component('sloppy', [], ['y'], () => ({ layers: { y: [{ start: 0, end: 9999, label: 'Y' }, { start: 0, end: 3, label: 'Y' }], z: [] } })),
      ],
      doc,
      ann,
    );
    expect(out.messages.map((m) => m.rule)).toEqual(['component/boom/failed', 'component/sloppy/bad-span', 'component/sloppy/undeclared-layer']);
    expect(out.messages[0].message).toContain('model missing');
    expect(out.layers).toEqual({ y: [{ start: 0, end: 3, label: 'Y', text: 'Har' }] });
  });
});

describe('components from configuration', () => {
  it('loads module paths relative to the configuration, with options, in order', async () => {
    const list = await loadComponents(join(fixtures, 'pipeline.json'));
    expect(list.map((c) => [c.name, c.reads, c.adds])).toEqual([
      ['quotes', ['text', 'sentences'], ['quotes']],
      ['speakers', ['quotes', 'mentions'], ['speakers']],
    ]);
  });

  it('analyze --config adds the layers and messages to the JSON report, without any edit to core files', async () => {
    const out = join(dir, 'report.json');
    const quiet = [vi.spyOn(process.stderr, 'write').mockImplementation(() => true), vi.spyOn(process.stdout, 'write').mockImplementation(() => true)];
    try {
      expect(await main(['node', 'triangulate', 'analyze', 'examples/caspian-ferry-fire', '--config', join(fixtures, 'pipeline.json'), '--json', out, '--quiet', '--threads', '0'])).toBe(EXIT.ok);
    } finally {
      for (const s of quiet) s.mockRestore();
    }
    const report = JSON.parse(await readFile(out, 'utf8'));
    const quoted = report.documents.filter((d: { layers?: { quotes: unknown[] } }) => d.layers?.quotes.length);
    expect(quoted.length).toBeGreaterThan(0);
    for (const d of quoted) {
      for (const q of d.layers.quotes) expect(d.text.slice(q.start, q.end)).toBe(q.text);
      expect(Array.isArray(d.layers.speakers)).toBe(true);
    }
    const silent = report.documents.filter((d: { layers?: { quotes: unknown[] } }) => !d.layers?.quotes.length);
    for (const d of silent) expect(d.messages).toContainEqual(expect.objectContaining({ rule: 'quotes/no-quotes', severity: 'info' }));
  });

  it('analyze --config with components in the wrong order exits 2 naming the file and the layer', async () => {
    const err: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
      err.push(String(s));
      return true;
    });
    try {
      expect(await main(['node', 'triangulate', 'analyze', 'examples/caspian-ferry-fire', '--config', join(fixtures, 'bad-order.json'), '--quiet'])).toBe(EXIT.usage);
      const missing = join(dir, 'nope.json');
      await writeFile(join(dir, 'broken.json'), '{ "components": [');
      expect(await main(['node', 'triangulate', 'analyze', 'examples/caspian-ferry-fire', '--config', missing, '--quiet'])).toBe(EXIT.usage);
      expect(await main(['node', 'triangulate', 'analyze', 'examples/caspian-ferry-fire', '--config', join(dir, 'broken.json'), '--quiet'])).toBe(EXIT.usage);
    } finally {
      spy.mockRestore();
    }
    expect(err[0]).toContain('bad-order.json: component "speakers" reads "quotes"');
    expect(err[1]).toContain('nope.json: cannot read the configuration');
    expect(err[2]).toContain('broken.json: cannot read the configuration');
  });
});
