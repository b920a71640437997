import { beforeAll, describe, expect, it } from 'vitest';
import { exampleReport, exampleStories, reviewOf } from '../../test/reports.js';
import { schemaCheck } from '../../test/schemas.js';
import type { Report } from '../report/index.js';
import { claimIri, renderClaimReview } from './claimreview.js';

const check = schemaCheck('schema/claimreview.schema.json');

interface Work {
  '@id': string;
  headline?: string;
  datePublished?: string;
  publisher?: { name: string };
  hasPart: { text: string }[];
}
type Node = Record<string, unknown> & { '@type': string; itemReviewed?: { '@id': string; appearance: Work[] }; appearance?: Work[]; reviewRating?: Record<string, unknown> };

const graph = (text: string): Node[] => JSON.parse(text)['@graph'];

/** Every appearance names a document of the report, with its date and outlet, and quotes that are in its text. */
function expectTrueAppearances(r: Report, works: Work[]) {
  expect(works.length).toBeGreaterThan(0);
  for (const w of works) {
    const d = r.documents.find((x) => `urn:triangulate:document:${x.id}` === w['@id']);
    expect(d, w['@id']).toBeDefined();
    expect(w.datePublished).toBe(d?.published ?? undefined);
    expect(w.publisher?.name).toBe(d?.outlet ?? undefined);
    for (const q of w.hasPart) expect(d?.text).toContain(q.text);
  }
}

describe.each(exampleStories())('ClaimReview export of %s', (name) => {
  let r: Report;
  beforeAll(async () => {
    r = await exampleReport(name);
  }, 60_000);

  it('with verdicts: one valid ClaimReview per verdict, rated on 1–5, with the articles and quotes', () => {
    const review = reviewOf(r);
    const text = renderClaimReview({ ...r, review });
    expect(check(JSON.parse(text))).toEqual([]);
    const nodes = graph(text);
    expect(nodes.map((n) => n['@type'])).toEqual(review.verdicts.map(() => 'ClaimReview'));
    const [onConflict, onClaim] = nodes;
    const conflict = r.conflicts[0];
    expect(onConflict.itemReviewed?.['@id']).toBe(claimIri(conflict.id));
    expect(onConflict.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Mostly false', ratingValue: 2, bestRating: 5, worstRating: 1 });
    expect(onConflict.author).toEqual({ '@type': 'Person', name: 'A. Analyst' });
    expect(onConflict.reviewBody).toContain(conflict.alternatives[0].value);
    // a conflict appears in every document of every alternative
    const works = onConflict.itemReviewed?.appearance ?? [];
    expect(new Set(works.map((w) => w['@id']))).toEqual(new Set(conflict.alternatives.flatMap((a) => a.docs).map((d) => `urn:triangulate:document:${d}`)));
    expectTrueAppearances(r, works);
    expect(onClaim.reviewRating).toMatchObject({ alternateName: 'True', ratingValue: 5 });
    expect(onClaim.author).toEqual({ '@type': 'Organization', name: 'triangulate' });
    expectTrueAppearances(r, onClaim.itemReviewed?.appearance ?? []);
  });

  it('without verdicts: every claim as a valid schema.org Claim, none rated', () => {
    const text = renderClaimReview(r);
    expect(check(JSON.parse(text))).toEqual([]);
    const nodes = graph(text);
    expect(nodes).toHaveLength(r.claims.length);
    expect(text).not.toContain('reviewRating');
    for (const [i, n] of nodes.entries()) {
      expect(n['@id']).toBe(claimIri(r.claims[i].id));
      expectTrueAppearances(r, n.appearance ?? []);
    }
  });
});

describe('ClaimReview edge cases', () => {
  it('leaves "unproven" off the 1–5 scale and skips a verdict on an item the report no longer has', async () => {
    const r = await exampleReport(exampleStories()[0]);
    const at = '2026-03-04T10:00:00Z';
    const text = renderClaimReview({ ...r, review: { notes: [], verdicts: [{ itemId: r.claims[1].id, itemKind: 'claim', rating: 'unproven', at }, { itemId: 'k-gone', itemKind: 'claim', rating: 'false', at }] } });
    expect(check(JSON.parse(text))).toEqual([]);
    const nodes = graph(text);
    expect(nodes).toHaveLength(1);
    expect(nodes[0].reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Unproven' });
  }, 60_000);

  it('names a conflict judged "not a conflict" or "disputed" in words, off the 1–5 scale', async () => {
    const r = await exampleReport(exampleStories()[0]);
    const at = '2026-03-04T10:00:00Z';
    const [a, b] = r.conflicts;
    const verdicts = [
      { itemId: a.id, itemKind: 'conflict' as const, rating: 'not-a-conflict' as const, at },
      ...(b ? [{ itemId: b.id, itemKind: 'conflict' as const, rating: 'disputed' as const, at }] : []),
    ];
    const text = renderClaimReview({ ...r, review: { notes: [], verdicts } });
    expect(check(JSON.parse(text))).toEqual([]);
    expect(graph(text).map((n) => n.reviewRating)).toEqual([{ '@type': 'Rating', alternateName: 'Not a conflict' }, ...(b ? [{ '@type': 'Rating', alternateName: 'Disputed' }] : [])]);
  }, 60_000);

  it('the schema refuses a review without a rating and a misspelt property', () => {
    const claim = { '@type': 'Claim', '@id': 'urn:triangulate:claim:k1', text: 'x', appearance: [{ '@type': 'CreativeWork', '@id': 'urn:triangulate:document:d1', hasPart: [{ '@type': 'Quotation', text: 'q' }] }] };
    const review = { '@type': 'ClaimReview', claimReviewed: 'x', itemReviewed: claim, author: { '@type': 'Person', name: 'A' }, datePublished: '2026-03-04' };
    expect(check({ '@context': 'https://schema.org', '@graph': [review] }).length).toBeGreaterThan(0);
    expect(check({ '@context': 'https://schema.org', '@graph': [{ ...claim, apperance: [] }] }).length).toBeGreaterThan(0);
  });
});
