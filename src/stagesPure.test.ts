// The stages after annotation change nothing they are given: resolve, claims and the cross-check run on deep-frozen
// inputs (every object, array, Map and Set frozen) and give what the pipeline gives.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotate } from './annotate/index.js';
import { extractClaims } from './claims/index.js';
import { crossCheck } from './crosscheck/index.js';
import { analyzePaths } from './pipeline.js';
import { projectKnownNames, resolve } from './resolve/index.js';
import type { Entity, Mention } from './types.js';

function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (value === null || typeof value !== 'object' || seen.has(value)) return value;
  seen.add(value);
  Object.freeze(value);
  const children = value instanceof Map ? [...value.keys(), ...value.values()] : value instanceof Set ? [...value] : Object.values(value);
  for (const child of children) deepFreeze(child, seen);
  return value;
}

const byDocument = (entities: Entity[]) => {
  const out = new Map<string, Map<Mention, Entity>>();
  for (const e of entities) for (const m of e.mentions) out.set(m.doc, (out.get(m.doc) ?? new Map()).set(m, e));
  return out;
};

describe('no stage changes its input', () => {
  // the project's own example stories: wire reports, copies, self-contradictions, a Russian brief, dated meetings
  it.each(['amman-border-clash-arms-deal', 'caspian-ferry-fire'])('%s: resolve, claims and cross-check run on deep-frozen inputs, leave them as they were and give the pipeline’s result', async (story) => {
    const analysis = await analyzePaths([join(import.meta.dirname, '..', 'examples', story)]);
    // the annotations as resolve gets them in the pipeline: annotated, known names projected into uncased scripts
    const annotations = projectKnownNames(analysis.documents, analysis.documents.map((d) => annotate(d)));
    const before = structuredClone(annotations);
    const resolved = resolve(deepFreeze(annotations));
    expect(annotations).toEqual(before);
    expect(resolved.entities.map((e) => [e.id, e.type, e.name, e.roles.map((r) => r.country)])).toEqual(analysis.entities.map((e) => [e.id, e.type, e.name, e.roles.map((r) => r.country)]));
    // an entity's mentions are the returned annotations' own objects
    const own = new Set(resolved.annotations.flatMap((a) => a.mentions));
    expect(resolved.entities.every((e) => e.mentions.every((m) => own.has(m)))).toBe(true);

    const docs = deepFreeze(structuredClone(analysis.documents));
    const mentions = byDocument(resolved.entities);
    deepFreeze(resolved);
    deepFreeze(mentions);
    const drafts = [];
    const events = [];
    for (const [i, d] of docs.entries()) {
      const r = extractClaims(d, resolved.annotations[i], mentions.get(d.id) ?? new Map());
      drafts.push(...r.claims);
      events.push(...r.events);
    }
    const draftsBefore = structuredClone(drafts);
    const eventsBefore = structuredClone(events);
    const cross = crossCheck(docs, resolved.entities, deepFreeze(drafts), deepFreeze(events));
    expect(drafts).toEqual(draftsBefore);
    expect(events).toEqual(eventsBefore);
    expect(cross.claims).toEqual(analysis.cross.claims);
    expect(cross.events).toEqual(analysis.cross.events);
    expect(cross.conflicts).toEqual(analysis.cross.conflicts);
    // claims of an event carry its date: on the cross-check's own copies, while the drafts stay undated (compared above)
    const heldClaims = cross.events.flatMap((e) => e.mentions.flatMap((m) => m.claims.map((c) => ({ c, date: e.date }))));
    for (const { c, date } of heldClaims) expect(c.qualifiers.date).toBe(date);
    if (story.startsWith('amman')) expect(heldClaims.some(({ date }) => typeof date === 'string')).toBe(true);
  });
});
