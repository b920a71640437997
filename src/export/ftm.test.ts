import { defaultModel, Model, type Property } from '@alephdata/followthemoney';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleReport, exampleStories } from '../../test/reports.js';
import type { Report } from '../report/index.js';
import { type FtmEntity, ftmId, renderFtm } from './ftm.js';

const model = new Model(defaultModel);

/** What is wrong with one value of a property, by the FtM type's rules; null when it is valid. */
function valueProblem(prop: Property, value: string, ids: Map<string, FtmEntity>): string | null {
  if (typeof value !== 'string' || value.trim() === '') return 'not a non-empty string';
  if (value.length > prop.type.maxLength) return `longer than ${prop.type.maxLength}`;
  switch (prop.type.name) {
    case 'entity': {
      const target = ids.get(value);
      if (!target) return `points at ${value}, which is not in the file`;
      return model.getSchema(target.schema).isA(prop.getRange()) ? null : `points at a ${target.schema}, not a ${prop.getRange().name}`;
    }
    case 'date':
      return /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?)?)?)?$/.test(value) ? null : 'not an ISO 8601 date';
    case 'country':
    case 'language':
      return prop.type.values.has(value) ? null : `not a known ${prop.type.name} code`;
    case 'number':
      return Number.isFinite(Number(value)) ? null : 'not a number';
    case 'url':
      return /^https?:\/\//.test(value) && URL.canParse(value) ? null : 'not a URL';
    case 'mimetype':
      return /^[a-z]+\/[a-z0-9.+-]+$/.test(value) ? null : 'not a MIME type';
    default:
      return null;
  }
}

/** Every problem of an FtM JSON Lines file against the model: schema, properties, value types, references, required. */
function ftmProblems(text: string): string[] {
  const entities = text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as FtmEntity);
  const ids = new Map(entities.map((e) => [e.id, e]));
  const problems: string[] = [];
  if (ids.size !== entities.length) problems.push('ids are not unique');
  for (const e of entities) {
    expect(Object.keys(e).sort()).toEqual(['id', 'properties', 'schema']);
    const schema = model.schemata[e.schema];
    if (!schema || schema.abstract) {
      problems.push(`${e.id}: no concrete schema ${e.schema}`);
      continue;
    }
    for (const req of schema.required) if (!e.properties[req]?.length) problems.push(`${e.id}: ${e.schema} lacks required ${req}`);
    for (const [name, values] of Object.entries(e.properties)) {
      if (!schema.hasProperty(name)) {
        problems.push(`${e.id}: ${e.schema} has no property ${name}`);
        continue;
      }
      const prop = schema.getProperty(name);
      if (!Array.isArray(values) || !values.length) problems.push(`${e.id}.${name}: not a list of values`);
      for (const v of values) {
        const p = valueProblem(prop, v, ids);
        if (p) problems.push(`${e.id}.${name} = ${JSON.stringify(v).slice(0, 60)}: ${p}`);
      }
    }
    // the library reads it back (it throws on a property its schema lacks)
    try {
      expect(model.getEntity(e).toJSON()).toMatchObject({ id: e.id, schema: e.schema });
    } catch (err) {
      problems.push(`${e.id}: the FtM library refuses it: ${(err as Error).message}`);
    }
  }
  return problems;
}

const lines = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as FtmEntity);

describe.each(exampleStories())('FollowTheMoney export of %s', (name) => {
  let r: Report;
  let text: string;
  beforeAll(async () => {
    r = await exampleReport(name);
    text = renderFtm(r);
  }, 60_000);

  it('is valid against the FtM model: schemata, properties, value types, references', () => {
    expect(text.endsWith('\n')).toBe(true);
    expect(ftmProblems(text)).toEqual([]);
  });

  it('has every article, person, organization and place, with ids from the report', () => {
    const es = lines(text);
    const byId = new Map(es.map((e) => [e.id, e]));
    for (const d of r.documents) expect(byId.get(ftmId('document', d.id))).toMatchObject({ schema: 'Article', properties: { fileName: [d.file] } });
    for (const e of r.entities.filter((x) => ['person', 'organization', 'place'].includes(x.type))) {
      const f = byId.get(ftmId('entity', e.id));
      expect(f?.schema, e.name).toBe({ person: 'Person', organization: 'Organization', place: 'Address' }[e.type as string]);
      expect(f?.properties.name).toEqual([e.name]);
      if (e.coordinates) expect([f?.properties.latitude, f?.properties.longitude]).toEqual([[String(e.coordinates[0])], [String(e.coordinates[1])]]);
    }
  });

  it('links people to the offices the claims give them, and entities to the articles that mention them', () => {
    const es = lines(text);
    const roles = r.claims.filter((c) => c.predicate === 'holds_role');
    const occupancies = es.filter((e) => e.schema === 'Occupancy');
    expect(occupancies.length).toBe(roles.filter((c) => r.entities.find((e) => e.id === c.subject)?.type === 'person').length);
    for (const o of occupancies) expect(es.find((e) => e.id === o.properties.post[0])?.schema).toBe('Position');
    // people share a post only when it belongs to a named country or organization
    const holders = new Map<string, Set<string>>();
    for (const o of occupancies) holders.set(o.properties.post[0], new Set([...(holders.get(o.properties.post[0]) ?? []), o.properties.holder[0]]));
    for (const [post, who] of holders) {
      if (who.size < 2) continue;
      const claims = occupancies.filter((o) => o.properties.post[0] === post).map((o) => roles.find((c) => ftmId('occupancy', c.id) === o.id));
      for (const c of claims) expect(c?.qualifiers.country || c?.qualifiers.organization, post).toBeTruthy();
    }
    const mentioned = new Set(es.filter((e) => e.schema === 'Documentation').map((e) => `${e.properties.entity[0]} ${e.properties.document[0]}`));
    const person = r.entities.find((e) => e.type === 'person');
    if (person) for (const m of person.mentions) expect(mentioned).toContain(`${ftmId('entity', person.id)} ${ftmId('document', m.doc)}`);
    expect(es.filter((e) => e.schema === 'Event')).toHaveLength(r.events.length);
  });

  it('is the same file on every run', async () => {
    expect(renderFtm(await exampleReport(name, undefined, true))).toBe(text);
  }, 60_000);
});

describe('the FtM check itself', () => {
  it('catches an unknown property, a wrong type and a dangling reference', () => {
    const bad = [
      { id: 'a', schema: 'Person', properties: { name: ['A'], shoeSize: ['9'] } },
      { id: 'b', schema: 'Event', properties: { name: ['B'], date: ['last week'], involved: ['nowhere'] } },
      { id: 'c', schema: 'Occupancy', properties: { holder: ['b'], post: ['a'] } },
    ];
    const problems = ftmProblems(bad.map((e) => JSON.stringify(e)).join('\n'));
    expect(problems).toEqual(expect.arrayContaining([expect.stringContaining('no property shoeSize'), expect.stringContaining('not an ISO 8601 date'), expect.stringContaining('not in the file'), expect.stringContaining('not a Person')]));
  });
});
