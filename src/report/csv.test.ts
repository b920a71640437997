import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleReport, exampleStories } from '../../test/reports.js';
import { claimsMatrixCsv, type Report } from './index.js';

/** Parses with csv-parse in strict mode: every row must have the header's number of columns, quotes must be well formed. */
const strict = (csv: string): string[][] => parse(csv, { relax_column_count: false, relax_quotes: false, skip_empty_lines: false, bom: false });

describe.each(exampleStories())('claims matrix CSV of %s', (name) => {
  let r: Report;
  beforeAll(async () => {
    r = await exampleReport(name);
  }, 60_000);

  it('parses strictly: one header, one row per claim, one cell per document', () => {
    const [header, ...rows] = strict(claimsMatrixCsv(r));
    expect(header.slice(0, 6)).toEqual(['claim', 'subject', 'predicate', 'object', 'status', 'origins']);
    expect(header).toHaveLength(6 + r.documents.length);
    expect(rows.map((row) => row[0])).toEqual(r.claims.filter((c) => c.predicate !== 'attributed_to').map((c) => c.id));
    for (const row of rows) for (const cell of row.slice(6)) expect(['supports', 'contradicts', 'silent']).toContain(cell);
  });

  it('keeps commas, quotes and line breaks inside one field and neutralises formulas', () => {
    const claim = r.claims.find((c) => c.predicate !== 'attributed_to') as Report['claims'][number];
    const tricky = 'Evil, "Corp"\nLtd';
    const entities = r.entities.map((e) => (e.id === claim.subject ? { ...e, name: tricky } : e));
    const claims = r.claims.map((c) => (c === claim ? { ...c, object: { value: '=HYPERLINK("x")' } } : c));
    const rows = strict(claimsMatrixCsv({ ...r, entities, claims }));
    const row = rows.find((x) => x[0] === claim.id);
    expect(row?.[1]).toBe(tricky);
    expect(row?.[3]).toBe('\'=HYPERLINK("x")');
  });
});

describe('the strict parser', () => {
  it('refuses a row with a missing column', () => {
    expect(() => strict('a,b,c\n1,2\n')).toThrow(/Invalid Record Length/);
  });
});
