import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../pipeline.js';
import type { Document, Evidence } from '../types.js';
import { buildReport, claimsAndConflictsJsonl, claimsMatrixCsv, csvField, escapeMarkdown, type Report, renderMarkdown, renderTerminal, safe } from './index.js';
import { makeDocument } from '../../test/documents.js';

const doc = (id: string, text: string, extra: Partial<Document> = {}) => makeDocument(id, text, { title: `Title ${id}`, published: '2026-03-02', ...extra });

const story = () =>
  buildReport(
    analyzeDocuments(
      [
        doc('d1', 'Portuguese Defence Minister Rui Calado met his Spanish counterpart, Marta Olivera, in Porto on Monday. The ferry sank with 47 people on board, officials said.'),
        doc('d2', 'Portuguese Defence Minister Nuno Ferraz met Marta Olivera in Porto on Monday. The ferry sank with 52 people on board, officials said.'),
        doc('d3', 'Rui Calado, the defence minister of Portugal, said the talks in Porto were useful.'),
      ],
      [{ file: '/fixtures/broken.bin', rule: 'read/binary', severity: 'error', message: 'binary file, skipped' }],
    ),
  );

/** Every piece of evidence in the report, with where it was found. */
function allEvidence(r: Report): [string, Evidence][] {
  return [
    ...r.entities.flatMap((e) => e.roles.map((x): [string, Evidence] => [`role of ${e.id}`, x.evidence])),
    ...r.claims.flatMap((c) => c.evidence.map((e): [string, Evidence] => [`claim ${c.id}`, e])),
    ...r.events.flatMap((ev) => ev.evidence.map((e): [string, Evidence] => [`event ${ev.id}`, e])),
    ...r.conflicts.flatMap((c) => c.alternatives.flatMap((a) => a.evidence.map((e): [string, Evidence] => [`conflict ${c.id}`, e]))),
    ...r.singleSource.map((s): [string, Evidence] => [`single-source ${s.claim}`, s.evidence]),
  ];
}

describe('buildReport', () => {
  const r = story();
  const textOf = new Map(r.documents.map((d) => [d.id, d.text]));

  it('has the fields of REPORT.md', () => {
    for (const d of r.documents) for (const k of ['id', 'file', 'title', 'outlet', 'published', 'syndicatedFrom', 'language', 'text']) expect(d, `document.${k}`).toHaveProperty(k);
    for (const e of r.entities) {
      for (const k of ['id', 'type', 'name', 'aliases', 'mentions']) expect(e, `entity.${k}`).toHaveProperty(k);
      expect(['person', 'organization', 'place', 'facility', 'equipment', 'other']).toContain(e.type);
      for (const m of e.mentions) expect(Object.keys(m)).toEqual(expect.arrayContaining(['doc', 'start', 'end']));
    }
    for (const c of r.claims) {
      for (const k of ['id', 'subject', 'predicate', 'object', 'evidence', 'status']) expect(c, `claim.${k}`).toHaveProperty(k);
      expect(['corroborated', 'single-source', 'contested']).toContain(c.status);
      expect('entity' in c.object || 'value' in c.object).toBe(true);
    }
    for (const e of r.events) for (const k of ['id', 'what', 'date', 'place', 'participants', 'docs']) expect(e, `event.${k}`).toHaveProperty(k);
    for (const c of r.conflicts) {
      for (const k of ['id', 'question', 'internal', 'alternatives']) expect(c, `conflict.${k}`).toHaveProperty(k);
      for (const a of c.alternatives) for (const k of ['value', 'entity', 'docs', 'claims']) expect(a, `alternative.${k}`).toHaveProperty(k);
    }
  });

  it('finds the story: two defence ministers and two passenger counts in conflict', () => {
    expect(r.summary).toMatchObject({ documents: 3, skipped: 1 });
    expect(r.conflicts.map((c) => c.question)).toEqual(expect.arrayContaining(["Who is Portugal's defence minister?", 'How many people were on board?']));
    const office = r.conflicts.find((c) => c.question.startsWith('Who is'))!;
    expect(office.bestSupported).toBe('Rui Calado');
  });

  it('ids referenced by claims, events and conflicts exist', () => {
    const entityIds = new Set(r.entities.map((e) => e.id));
    const claimIds = new Set(r.claims.map((c) => c.id));
    const docIds = new Set(r.documents.map((d) => d.id));
    for (const c of r.claims) if (c.subject) expect(entityIds).toContain(c.subject);
    for (const e of r.events) {
      for (const p of e.participants) expect(entityIds).toContain(p);
      for (const d of e.docs) expect(docIds).toContain(d);
    }
    for (const c of r.conflicts)
      for (const a of c.alternatives) {
        for (const k of a.claims) expect(claimIds).toContain(k);
        for (const d of a.docs) expect(docIds).toContain(d);
      }
  });

  it('every mention offset points at its text', () => {
    for (const e of r.entities) for (const m of e.mentions) expect(textOf.get(m.doc)!.slice(m.start, m.end), e.name).toBe(m.text);
  });

  it('every evidence offset points at its quote', () => {
    const evidence = allEvidence(r);
    expect(evidence.length).toBeGreaterThan(0);
    for (const [where, e] of evidence) expect(textOf.get(e.doc)!.slice(e.start, e.end), where).toBe(e.quote);
  });

  it('is deterministic for the same input', () => {
    expect(JSON.stringify(story())).toBe(JSON.stringify(r));
  });
});

describe('renderMarkdown', () => {
  const hostile = '<script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3)) a | b';
  const r = buildReport(
    analyzeDocuments([
      doc('d1', `The ferry sank with 47 people on board, officials said ${hostile}.`, { title: hostile, outlet: 'Bad | Outlet' }),
      doc('d2', 'The ferry sank with 52 people on board, officials said.'),
    ]),
  );
  const md = renderMarkdown(r);

  it('carries the article text into the report', () => {
    expect(r.conflicts).toHaveLength(1);
    expect(md).toContain('How many people were on board?');
    expect(md).toContain('&lt;script&gt;');
  });

  it('leaves no raw HTML and no links from the article', () => {
    expect(md).not.toMatch(/<script|<img/i);
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/);
  });

  it('escapes pipes so article text cannot break a table row', () => {
    const row = md.split('\n').find((l) => l.startsWith('| d1 '))!;
    expect(row).toBeDefined();
    expect(row.match(/(?<!\\)\|/g)).toHaveLength(7);
  });

  it('escapeMarkdown neutralises markup and line breaks', () => {
    expect(escapeMarkdown('a|b')).toBe('a\\|b');
    expect(escapeMarkdown('[x](javascript:y)')).toBe('\\[x\\](javascript:y)');
    expect(escapeMarkdown('<b>&')).toBe('&lt;b&gt;&amp;');
    expect(escapeMarkdown('*bold* _it_ `code` # h')).toBe('\\*bold\\* \\_it\\_ \\`code\\` \\# h');
    expect(escapeMarkdown('one\ntwo\r\nthree')).toBe('one two three');
  });
});

describe('renderTerminal', () => {
  const clear = '\u001b[2J';
  const retitle = '\u001b]0;owned\u0007';
  const red = '\u001b[31m';
  const r = buildReport(
    analyzeDocuments(
      [
        doc('d1', `The ferry sank with 47 people on board, officials said ${red}loudly.`, { title: `${clear}Ferry news`, outlet: `${retitle}Outlet` }),
        doc('d2', 'The ferry sank with 52 people on board, officials said.'),
      ],
      [{ file: `/fixtures/${clear}x.bin`, rule: 'read/binary', severity: 'error', message: `binary ${retitle}` }],
    ),
  );
  const out = renderTerminal(r);

  it('shows the article text without its escape sequences', () => {
    expect(out).toContain('Ferry news');
    expect(out).toContain('loudly');
    // picocolors may colour the output itself, so look for the article's own sequences
    for (const seq of [clear, retitle, `${red}loudly`, '\u0007']) expect(out).not.toContain(seq);
  });

  it('safe removes C0 and C1 control characters and turns line breaks and tabs into spaces', () => {
    expect(safe(`a${red}b\u009bc\u0000d`)).toBe('a[31mbcd');
    // a file name or quote with a line break cannot forge a line of its own ("warning: …")
    expect(safe('a\tb\nc')).toBe('a b c');
    expect(safe('x.txt\nerror: all files lost\r\n')).toBe('x.txt error: all files lost ');
  });

  it('can leave the entity list out', () => {
    expect(renderTerminal(r, { entities: false })).not.toContain('Entities (');
  });
});

describe('exports', () => {
  it('writes the claims-by-sources matrix with supports / contradicts / silent cells and neutralised formulas', () => {

    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('a,b')).toBe('"a,b"');
    const a = analyzeDocuments([
      doc('d1', 'Portugal\'s Defence Minister Rui Casimiro visited Lisbon on Monday.'),
      doc('d2', 'Portugal\'s Defence Minister Rui Casimiro spoke in Porto on Monday.'),
      doc('d3', 'Portugal\'s Defence Minister Joana Teles spoke in Porto on Monday.'),
    ]);
    const csv = claimsMatrixCsv(buildReport(a));
    const [header, ...rows] = csv.trim().split('\n');
    expect(header.split(',').length).toBe(6 + 3);
    const casimiro = rows.find((r) => r.includes('Rui Casimiro') && r.includes('holds_role'))!;
    expect(casimiro.split(',').slice(-3)).toEqual(['supports', 'supports', 'contradicts']);
  });
  it('writes one JSON record per line for claims and conflicts', () => {

    const a = analyzeDocuments([doc('d1', 'Portugal\'s Defence Minister Rui Casimiro visited Lisbon.'), doc('d2', 'Portugal\'s Defence Minister Joana Teles visited Porto.')]);
    const lines = claimsAndConflictsJsonl(buildReport(a)).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.some((l) => l.record === 'claim')).toBe(true);
    expect(lines.filter((l) => l.record === 'conflict')).toHaveLength(1);
  });
});
