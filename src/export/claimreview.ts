/**
 * schema.org JSON-LD for the analyst's verdicts: a ClaimReview for each conflict or claim with a verdict in
 * `report.review`, its rating on 1–5, and the claim with the articles it appears in and their quotes.
 * Without any verdict, the plain claims (schema.org Claim, no rating).
 */
import type { Claim, ClaimReview, CreativeWork, Graph, Organization, Person, Rating, Thing } from 'schema-dts';
import { describeClaim, type Report, type Verdict, type VerdictRating } from '../report/index.js';
import type { Evidence } from '../types.js';
import { distinctEvidence, documentIri, documentsById, documentUrl, isIsoDate } from './sources.js';

/** Ratings on schema.org's 1 (false) to 5 (true) scale, with the words a reader sees; "unproven" has no place on the scale. */
const RATINGS: Record<VerdictRating, { value: number | null; name: string }> = {
  true: { value: 5, name: 'True' },
  'mostly-true': { value: 4, name: 'Mostly true' },
  mixed: { value: 3, name: 'Mixed' },
  'mostly-false': { value: 2, name: 'Mostly false' },
  false: { value: 1, name: 'False' },
  unproven: { value: null, name: 'Unproven' },
  disputed: { value: null, name: 'Disputed' },
  'not-a-conflict': { value: null, name: 'Not a conflict' },
};

export const claimIri = (id: string): string => `urn:triangulate:claim:${id}`;

/** The articles that carry a claim, each with its quotes, oldest first. */
function appearances(r: Report, evidence: Evidence[]): CreativeWork[] {
  const docs = documentsById(r);
  const byDoc = new Map<string, Evidence[]>();
  for (const e of distinctEvidence(evidence)) byDoc.set(e.doc, [...(byDoc.get(e.doc) ?? []), e]);
  return [...byDoc]
    .flatMap(([id, quotes]) => {
      const d = docs.get(id);
      return d ? [{ d, quotes }] : [];
    })
    .sort((a, b) => (a.d.published ?? '9999').localeCompare(b.d.published ?? '9999'))
    .map(({ d, quotes }) => ({
      '@type': 'CreativeWork',
      '@id': documentIri(d),
      ...(documentUrl(d) ? { url: documentUrl(d) as string } : {}),
      ...(d.title ? { headline: d.title } : {}),
      ...(isIsoDate(d.published) ? { datePublished: d.published } : {}),
      ...(d.outlet ? { publisher: { '@type': 'Organization', name: d.outlet } } : {}),
      ...(d.author ? { author: { '@type': 'Person', name: d.author } } : {}),
      ...(d.language !== 'und' ? { inLanguage: d.language } : {}),
      hasPart: quotes.map((q) => ({ '@type': 'Quotation', text: q.quote })),
    }));
}

function claimNode(id: string, text: string, evidence: Evidence[], r: Report): Claim {
  const seen = appearances(r, evidence);
  return { '@type': 'Claim', '@id': claimIri(id), text, appearance: seen, ...(seen[0] ? { firstAppearance: seen[0] } : {}) };
}

const rating = (v: Verdict): Rating => {
  const { value, name } = RATINGS[v.rating];
  return { '@type': 'Rating', alternateName: name, ...(value === null ? {} : { ratingValue: value, bestRating: 5, worstRating: 1 }) };
};

const author = (v: Verdict, r: Report): Person | Organization => (v.author ? { '@type': 'Person', name: v.author } : { '@type': 'Organization', name: r.tool.name });

/** The reviewed item of a verdict, or null when the report no longer has it. */
function reviewed(v: Verdict, r: Report, names: Map<string, string>): { summary: string; claim: Claim } | null {
  if (v.itemKind === 'conflict') {
    const c = r.conflicts.find((x) => x.id === v.itemId);
    if (!c) return null;
    const summary = `${c.question} Reports give: ${c.alternatives.map((a) => a.value).join('; ')}.`;
    return { summary, claim: claimNode(c.id, summary, c.alternatives.flatMap((a) => a.evidence), r) };
  }
  const c = r.claims.find((x) => x.id === v.itemId);
  if (!c) return null;
  const summary = describeClaim(c, names);
  return { summary, claim: claimNode(c.id, summary, c.evidence, r) };
}

/** One ClaimReview per verdict whose item is in the report. */
export function claimReviews(r: Report): ClaimReview[] {
  const names = new Map(r.entities.map((e) => [e.id, e.name]));
  return (r.review?.verdicts ?? []).flatMap((v): ClaimReview[] => {
    const item = reviewed(v, r, names);
    if (!item) return [];
    const body = [v.chosenValue ? `The analyst holds true: ${v.chosenValue}.` : null, v.note].filter(Boolean).join(' ');
    return [
      {
        '@type': 'ClaimReview',
        '@id': `urn:triangulate:review:${v.itemKind}:${v.itemId}`,
        claimReviewed: item.summary,
        itemReviewed: item.claim,
        reviewRating: rating(v),
        author: author(v, r),
        datePublished: v.at,
        ...(body ? { reviewBody: body } : {}),
      },
    ];
  });
}

/** The JSON-LD document: the ClaimReviews when the analyst gave verdicts, else every claim as a schema.org Claim. */
export function claimsJsonLd(r: Report): Graph {
  const reviews = claimReviews(r);
  const names = new Map(r.entities.map((e) => [e.id, e.name]));
  const graph: Thing[] = r.review?.verdicts.length ? reviews : r.claims.map((c) => claimNode(c.id, describeClaim(c, names), c.evidence, r));
  return { '@context': 'https://schema.org', '@graph': graph };
}

export const renderClaimReview = (r: Report): string => `${JSON.stringify(claimsJsonLd(r), null, 2)}\n`;
