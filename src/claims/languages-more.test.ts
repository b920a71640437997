import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePaths } from '../pipeline.js';
import { readFigures } from './figures.js';
import { findNumbers } from '../annotate/numbers.js';

/** The event types the pipeline finds in one article of ours. */
async function eventTypes(text: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'tri-lang-'));
  writeFileSync(join(dir, 'a.txt'), text);
  const a = await analyzePaths([dir]);
  return [...new Set(a.cross.events.map((e) => e.type).filter((t): t is string => !!t))].sort();
}

describe('events in Portuguese, Italian, Arabic and Hindi', () => {
  it('finds the happening of each language by its own trigger words', async () => {
    expect(await eventTypes('Lisboa, 3 de março de 2026 - Um forte terremoto atingiu o norte do país na madrugada de domingo. As autoridades disseram que as casas ficaram destruídas.\n')).toContain('earthquake');
    expect(await eventTypes('Roma, 3 marzo 2026 - Una violenta alluvione ha colpito la valle nella notte. Le strade sono state chiuse dalla protezione civile.\n')).toContain('flood');
    expect(await eventTypes('بيروت، 3 آذار 2026 - ضرب زلزال قوي شمال البلاد فجر الأحد. وقالت السلطات إن المنازل انهارت.\n')).toContain('earthquake');
    expect(await eventTypes('दिल्ली, 3 मार्च 2026 - रविवार सुबह एक शक्तिशाली भूकंप आया। अधिकारियों ने बताया कि कई घर गिर गए।\n')).toContain('earthquake');
    // an arrest told in the simple past ("deteve", "detiveram"), not only with the participle
    expect(await eventTypes('Porto, 3 de março de 2026 - A polícia deteve dois suspeitos na segunda-feira em Braga. Os agentes detiveram um terceiro homem depois.\n')).toContain('arrest');
  });
});

describe('what a figure measures in Portuguese', () => {
  it('reads the dead and the injured of one sentence', () => {
    const s = 'O terremoto matou pelo menos 42 pessoas e feriu outras 130 pessoas.';
    const figures = findNumbers(s, [], 'pt');
    expect(readFigures(s, figures, 'pt').map((r) => r.measure)).toEqual(['dead', 'injured']);
  });
});
