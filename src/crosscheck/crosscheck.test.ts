import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../pipeline.js';
import type { Document } from '../types.js';
import { nearDuplicates, shingleHashes, shingles, signature, similarity } from './minhash.js';
import { documentOrigins } from './origins.js';
import { makeDocument } from '../../test/documents.js';

const doc = makeDocument;

const DAY = '2026-03-02';
/** Documents d1, d2… published the same day unless a date is given. */
const analyse = (...items: (string | [string, string | null])[]) =>
  analyzeDocuments(items.map((x, i) => (typeof x === 'string' ? doc(`d${i + 1}`, x, { published: DAY }) : doc(`d${i + 1}`, x[0], { published: x[1] }))));
const conflicts = (...items: (string | [string, string | null])[]) => analyse(...items).cross.conflicts;

describe('office conflicts', () => {
  it('two documents naming different current defence ministers of one country', () => {
    const a = analyse('Portuguese Defence Minister Rui Calado visited the naval academy in Lisbon on Monday.', 'Portuguese Defence Minister Nuno Ferraz visited the naval academy in Lisbon on Monday.');
    expect(a.cross.conflicts).toHaveLength(1);
    const c = a.cross.conflicts[0];
    expect(c).toMatchObject({ kind: 'office', question: "Who is Portugal's defence minister?", internal: false, bestSupported: null });
    expect(c.alternatives.map((x) => [x.value, x.docs])).toEqual(
      expect.arrayContaining([
        ['Rui Calado', ['d1']],
        ['Nuno Ferraz', ['d2']],
      ]),
    );
    for (const alt of c.alternatives) {
      expect(alt.evidence.length).toBeGreaterThan(0);
      for (const e of alt.evidence) {
        expect(e.quote).toContain(alt.value);
        expect(a.documents.find((d) => d.id === e.doc)!.text.slice(e.start, e.end)).toBe(e.quote);
      }
      for (const id of alt.claims) expect(a.cross.claims.find((k) => k.id === id)?.status).toBe('contested');
    }
  });

  it('one document naming two holders contradicts itself', () => {
    const [c] = conflicts('Portuguese Defence Minister Rui Calado opened the base on Monday. Later, Portuguese Defence Minister Nuno Ferraz closed it.');
    expect(c).toMatchObject({ kind: 'office', internal: true });
  });

  it('not a conflict: one person holding two offices', () => {
    expect(conflicts('Portuguese Defence Minister Rui Calado spoke in Lisbon on Monday.', 'Rui Calado, the foreign minister of Portugal, spoke in Lisbon on Monday.')).toEqual([]);
  });

  it('not a conflict: a former minister and the current one', () => {
    expect(conflicts('Portuguese Defence Minister Rui Calado spoke in Lisbon on Monday.', 'Former Portuguese Defence Minister Nuno Ferraz criticised the plan on Monday.')).toEqual([]);
  });

  it('not a conflict: several deputy ministers', () => {
    expect(conflicts('Portuguese Deputy Defence Minister Rui Calado spoke in Lisbon on Monday.', 'Portuguese Deputy Defence Minister Nuno Ferraz also attended the meeting.')).toEqual([]);
  });

  it('not a conflict: the same office in another country ("his Spanish counterpart")', () => {
    const a = analyse('Portuguese Defence Minister Rui Calado met his Spanish counterpart, Marta Olivera, in Porto on Monday.', 'Portuguese Defence Minister Rui Calado said the talks in Porto went well.');
    expect(a.cross.conflicts).toEqual([]);
    const role = a.cross.claims.find((k) => k.predicate === 'holds_role' && k.qualifiers.country === 'PT');
    expect(role?.status).toBe('corroborated');
  });
});

describe('quantity conflicts', () => {
  it('different same-day figures for the people on board', () => {
    const [c, ...rest] = conflicts('The boat was carrying 47 people when it capsized, police said.', 'The boat was carrying 52 people when it capsized, police said.');
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ kind: 'quantity', question: 'How many people were on board?', internal: false });
    expect(c.alternatives.map((x) => [x.value, x.docs])).toEqual(
      expect.arrayContaining([
        ['47 people', ['d1']],
        ['52 people', ['d2']],
      ]),
    );
  });

  it('names the value more independent origins give as best supported', () => {
    const [c] = conflicts('The ferry sank with 120 people on board, officials said.', 'Officials said the ferry had 120 people on board when it sank.', 'The ferry sank with 150 people on board, officials said.');
    expect(c.bestSupported).toBe('120 people');
    expect(c.alternatives[0]).toMatchObject({ value: '120 people', docs: ['d1', 'd2'] });
  });

  it('not a conflict: rounded figures ("about 190" and "nearly 200")', () => {
    expect(conflicts('The ferry sank off the coast with about 190 people on board, the coast guard said.', 'The ferry, with nearly 200 people on board, sank early on Monday.')).toEqual([]);
  });

  it('not a conflict: a range and a value inside it', () => {
    expect(conflicts('Between 40 and 50 people were killed when the bridge collapsed, officials said.', 'The bridge collapse killed 45 people, officials said.')).toEqual([]);
  });

  it('not a conflict: a death toll rising between articles of different days', () => {
    expect(conflicts(['At least 12 people were killed in the landslide, officials said.', '2026-03-02'], ['The death toll from the landslide rose, with 31 people killed, officials said.', '2026-03-04'])).toEqual([]);
  });
});

describe('delegation leader conflicts', () => {
  it('two leaders for one undated delegation in one city', () => {
    const [c, ...rest] = conflicts(['A Portuguese delegation led by Rui Calado arrived in Madrid for talks.', null], ['A Portuguese delegation led by Nuno Ferraz arrived in Madrid for talks.', null]);
    expect(rest).toEqual([]);
    expect(c.kind).toBe('leader');
    expect(c.question).toMatch(/^Who led .*delegation in Madrid\?$/);
    expect(c.alternatives.map((x) => x.value).sort()).toEqual(['Nuno Ferraz', 'Rui Calado']);
  });

  it('the question names the delegation\'s country', () => {
    const [c] = conflicts(['A Portuguese delegation led by Rui Calado arrived in Madrid for talks.', null], ['A Portuguese delegation led by Nuno Ferraz arrived in Madrid for talks.', null]);
    expect(c.question).toContain('Portugal');
  });

  it('not a conflict: two delegations on different dates', () => {
    expect(conflicts(['A Portuguese delegation led by Rui Calado arrived in Madrid on 3 March 2026 for talks.', null], ['A Portuguese delegation led by Nuno Ferraz arrived in Madrid on 9 April 2026 for talks.', null])).toEqual([]);
  });
});

describe('syndication and independent origins', () => {
  const original = 'LISBON — Portuguese Defence Minister Rui Calado inspected the new patrol boats at the naval base on Monday, the ministry said. The boats were built in a shipyard near Porto over three years.';
  const wire = doc('d1', original, { outlet: 'Harbour Wire', published: '2026-03-02' });
  const copy = doc('d2', `${original}\nSource: Harbour Wire`, { outlet: 'Coastal Daily', syndicatedFrom: 'Harbour Wire', published: '2026-03-03' });
  const roleClaim = (docs: Document[]) => analyzeDocuments(docs).cross.claims.find((k) => k.predicate === 'holds_role' && k.qualifiers.title === 'defence minister');

  it('a syndicated copy and its original are one origin: the claim stays single-source', () => {
    const k = roleClaim([wire, copy]);
    expect(k?.status).toBe('single-source');
    expect(k?.origins).toHaveLength(1);
    expect(new Set(k?.evidence.map((e) => e.doc))).toEqual(new Set(['d1', 'd2']));
  });

  it('a rewritten copy that names its source is still one origin with the original', () => {
    const brief = doc('d2', 'In brief: Portuguese Defence Minister Rui Calado looked at the patrol boats. Source: Harbour Wire', { outlet: 'Coastal Daily', syndicatedFrom: 'Harbour Wire', published: '2026-03-03' });
    expect(roleClaim([wire, brief])?.status).toBe('single-source');
  });

  it('an independent third document corroborates the claim', () => {
    const third = doc('d3', 'Rui Calado, the defence minister of Portugal, toured the shipyard on Tuesday and praised the workers.', { outlet: 'Porto News', published: '2026-03-03' });
    const k = roleClaim([wire, copy, third]);
    expect(k?.status).toBe('corroborated');
    expect(k?.origins).toHaveLength(2);
  });

  it('documentOrigins finds an unlabelled near-duplicate with boilerplate added and chains it to the earlier document', () => {
    const padded = doc('d2', `Share this article\n${original}\nRead more: subscribe to our newsletter for daily updates.`, { outlet: 'Coastal Daily', published: '2026-03-03' });
    const unrelated = doc('d3', 'The city council approved a new budget for parks and libraries after a long debate on Thursday evening.', { outlet: 'Town Paper' });
    const origins = documentOrigins([wire, padded, unrelated]);
    expect(origins.get('d2')?.origin).toBe(origins.get('d1')?.origin);
    expect(origins.get('d2')?.chain).toEqual(['Coastal Daily', 'Harbour Wire']);
    expect(origins.get('d1')?.copies.map((c) => c.doc)).toEqual(['d2']);
    expect(origins.get('d3')?.origin).not.toBe(origins.get('d1')?.origin);
    expect(origins.get('d3')?.copies).toEqual([]);
  });
});

describe('minhash', () => {
  const story =
    'The regional ferry operator said on Monday that its oldest vessel would be retired at the end of the summer season, after inspectors found corrosion in the hull. Passengers will be moved to two newer boats, and the timetable will change from September.';

  it('signatures are deterministic', () => {
    expect(Array.from(signature(story))).toEqual(Array.from(signature(story)));
    expect(signature(story)).toHaveLength(64);
  });

  it('case and punctuation do not change the shingles', () => {
    expect(shingles(story.toUpperCase().replace(/[,.]/g, ''))).toEqual(shingles(story));
    expect(shingles('two words')).toEqual(new Set(['two words']));
  });

  it('hashes one value per distinct shingle, with the same folding', () => {
    expect(shingleHashes(story).size).toBe(shingles(story).size);
    expect(shingleHashes(story.toUpperCase().replace(/[,.]/g, ''))).toEqual(shingleHashes(story));
    expect(shingleHashes('two words').size).toBe(1);
    expect(shingleHashes('')).toEqual(new Set());
    // the same five words repeated make one shingle
    expect(shingleHashes('a b c d e a b c d e a b c d e').size).toBe(shingles('a b c d e a b c d e a b c d e').size);
  });

  it('finds identical text with boilerplate added, and not unrelated text', () => {
    const padded = `Advertisement\n${story}\nFollow us for more news. All rights reserved.`;
    const other = 'A local bakery won a national prize for its rye bread, beating more than three hundred entries from across the country in a contest judged by chefs.';
    const pairs = nearDuplicates([story, other, padded].map(signature));
    expect(pairs.map(([a, b]) => [a, b])).toEqual([[0, 2]]);
    expect(pairs[0][2]).toBeGreaterThanOrEqual(0.5);
    expect(similarity(signature(story), signature(other))).toBeLessThan(0.2);
  });
});

describe('event dates across documents', () => {
  it('dates "the day before" from a stated date and agrees with "on Tuesday" copies', () => {
    const a = analyzeDocuments([
      doc('d1', 'On December 10, 2025, Portuguese Foreign Minister Rui Casimiro spoke in Lisbon. He said Prime Minister Ana Lobo had met Casimiro in Lisbon the day before.', { published: null }),
      doc('d2', 'Prime Minister Ana Lobo met Foreign Minister Rui Casimiro in Lisbon on Tuesday, officials said.', { published: null }),
    ]);
    const meeting = a.cross.events.find((e) => e.participants.length >= 2 && e.docs.includes('d1') && e.docs.includes('d2'));
    expect(meeting?.date).toBe('2025-12-09');
  });
  it('reports one incident dated differently by unrelated documents as a date conflict', () => {
    const a = analyzeDocuments([
      doc('d1', 'A fire broke out at the Setubal refinery on Monday, officials said.', { published: '2026-03-03', outlet: 'One' }),
      doc('d2', 'A fire broke out at the Setubal refinery on Sunday night, witnesses said.', { published: '2026-03-03', outlet: 'Two' }),
    ]);
    const c = a.cross.conflicts.find((x) => x.kind === 'date');
    expect(c?.alternatives.map((x) => x.value).sort()).toEqual(['2026-03-01', '2026-03-02']);
  });
  it('keeps a July visit and an October visit apart, without a conflict', () => {
    const a = analyzeDocuments([
      doc('d1', 'Foreign Minister Rui Casimiro visited Madrid in July 2025.', { outlet: 'One' }),
      doc('d2', 'Foreign Minister Rui Casimiro visited Madrid in October 2025.', { outlet: 'Two' }),
    ]);
    expect(a.cross.events.filter((e) => e.kind === 'visit')).toHaveLength(2);
    expect(a.cross.conflicts.filter((c) => c.kind === 'date')).toEqual([]);
  });
});

describe('times of day', () => {
  it('reads 12- and 24-hour forms of one time as agreement, and different times as a conflict', () => {
    const same = analyzeDocuments([
      doc('d1', 'The fire started at about 2:40 a.m. on Monday.', { outlet: 'One' }),
      doc('d2', 'The blaze began at 02:40 on Monday.', { outlet: 'Two' }),
    ]);
    expect(same.cross.conflicts).toEqual([]);
    const differ = analyzeDocuments([
      doc('d1', 'The fire started at 2:40 a.m. on Monday.', { outlet: 'One' }),
      doc('d2', 'The fire started at 4:15 a.m. on Monday.', { outlet: 'Two' }),
    ]);
    const c = differ.cross.conflicts.find((x) => x.kind === 'quantity');
    expect(c?.question).toBe('At what time did the fire happen?');
    expect(c?.alternatives).toHaveLength(2);
  });
});

describe('sums of money', () => {
  it('flags two values for one deal on the same day, and names the quantity', () => {
    const a = analyzeDocuments([
      doc('d1', 'The frigate contract is worth $1.2 billion, the ministry said.', { outlet: 'One' }),
      doc('d2', 'The frigate contract is worth $2 billion, officials said.', { outlet: 'Two' }),
    ]);
    const c = a.cross.conflicts.find((x) => x.kind === 'quantity');
    expect(c?.question).toBe('How much is the deal worth?');
    expect(c?.alternatives.map((x) => x.value).sort()).toEqual(['$1.2 billion', '$2 billion']);
  });
});

describe('who received a visitor', () => {
  it('flags two hosts named for one visitor, passive and active forms alike', () => {
    const a = analyzeDocuments([
      doc('d1', 'Foreign Minister Rui Casimiro was received at the airport on Monday by Prime Minister Ana Lobo.'),
      doc('d2', 'Defence Minister Joana Teles, who received Rui Casimiro on the tarmac, praised the visit.'),
    ]);
    const c = a.cross.conflicts.find((x) => x.kind === 'host');
    expect(c?.question).toBe('Who received Rui Casimiro?');
    expect(c?.alternatives.map((x) => x.value).sort()).toEqual(['Ana Lobo', 'Joana Teles']);
  });
  it('does not confuse the hosts of two different visitors', () => {
    const a = analyzeDocuments([
      doc('d1', 'Prime Minister Ana Lobo received Rui Casimiro in Lisbon.'),
      doc('d2', 'Defence Minister Joana Teles received Tomas Reyes in Porto.'),
    ]);
    expect(a.cross.conflicts.filter((x) => x.kind === 'host')).toEqual([]);
  });
});
