import type { Report } from '../report/index.js';

type ReportDocument = Report['documents'][number];

/** The name a document is filed under: its outlet, or its file name when the outlet is unknown (as the cross-check names it). */
export const outletOf = (d: Pick<ReportDocument, 'outlet' | 'file'>): string => d.outlet ?? d.file;

/** What one outlet's documents add up to in a story. */
function record(r: Report, name: string) {
  const docs = r.documents.filter((d) => outletOf(d) === name);
  const ids = new Set(docs.map((d) => d.id));
  const byDoc = new Map(r.documents.map((d) => [d.id, d]));
  const claims = r.claims.filter((c) => c.evidence.some((e) => ids.has(e.doc)));
  const status = { corroborated: 0, 'single-source': 0, contested: 0 };
  for (const c of claims) status[c.status]++;
  const sides = r.conflicts.flatMap((c) => c.alternatives.filter((a) => a.docs.some((d) => ids.has(d))).map((a) => ({ conflict: c, alternative: a })));
  // a copy's chain runs from itself back to its origin; near-duplicates are copies the text itself gives away
  const republishes = [...new Set(docs.flatMap((d) => d.chain.slice(1)))].filter((o) => o !== name);
  const copiedBy = [...new Set(r.documents.filter((d) => !ids.has(d.id) && d.chain.slice(1).includes(name)).map(outletOf))];
  const nearCopies = [...new Set(docs.flatMap((d) => d.nearDuplicates.map((n) => byDoc.get(n.doc))).filter((d): d is ReportDocument => !!d && !ids.has(d.id)).map(outletOf))];
  return {
    name,
    documents: docs.map((d) => ({ id: d.id, title: d.title, published: d.published, language: d.language, chain: d.chain, author: d.author })),
    claims: claims.length,
    status,
    conflicts: new Set(sides.map((s) => s.conflict.id)).size,
    /** of the conflicts it takes a side in, how often its side is the best supported one */
    bestSupportedSides: sides.filter((s) => s.conflict.bestSupported === s.alternative.value).length,
    sides: sides.length,
    republishes,
    copiedBy,
    nearCopies,
    profiles: r.profiles.filter((p) => ids.has(p.doc)),
    claimIds: claims.map((c) => c.id),
    sideList: sides,
  };
}

/** Every outlet of the story with its record: documents, claims by status, conflicts, whom it copies and who copies it. */
export function outletsView(r: Report) {
  const names = [...new Set(r.documents.map(outletOf))].sort((a, b) => a.localeCompare(b));
  return { outlets: names.map((n) => summary(record(r, n))) };
}

function summary(o: ReturnType<typeof record>) {
  const { claimIds: _c, sideList: _s, profiles: _p, ...rest } = o;
  return { ...rest, documents: rest.documents.length };
}

/** One outlet: its record, its documents, the claims its documents make and the side it takes in each conflict; null when no document has that outlet. */
export function outletView(r: Report, name: string) {
  if (!r.documents.some((d) => outletOf(d) === name)) return null;
  const o = record(r, name);
  const names = new Map(r.entities.map((e) => [e.id, e.name]));
  const ids = new Set(o.documents.map((d) => d.id));
  const claims = r.claims
    .filter((c) => o.claimIds.includes(c.id))
    .map((c) => ({
      id: c.id,
      subject: c.subject,
      subjectName: names.get(c.subject) ?? c.subject,
      predicate: c.predicate,
      objectText: 'entity' in c.object ? (names.get(c.object.entity) ?? c.object.entity) : c.object.value,
      objectIsValue: !('entity' in c.object),
      status: c.status,
      origins: c.origins,
      evidence: c.evidence.filter((e) => ids.has(e.doc)),
    }));
  const { claimIds: _c, sideList, ...rest } = o;
  return {
    outlet: rest,
    claims,
    conflicts: sideList.map(({ conflict, alternative }) => ({
      id: conflict.id,
      question: conflict.question,
      value: alternative.value,
      bestSupported: conflict.bestSupported,
      others: conflict.alternatives.filter((a) => a !== alternative).map((a) => ({ value: a.value, outlets: a.outlets })),
      evidence: alternative.evidence.filter((e) => ids.has(e.doc)),
    })),
  };
}

/** An outlet's name for matching across stories: the same outlet is filed under one spelling per story, but case and spacing may differ. */
const outletKey = (name: string) => name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * One outlet's record in every story of the case file that has a document of it: per story its documents, claims by
 * status, conflict sides and how often its side is the best supported; then the sums. Stories without it are left out.
 */
export function outletAcrossStories(stories: { id: string; name: string; report: Report }[], name: string) {
  const key = outletKey(name);
  const found = stories
    .map(({ id, name: storyName, report }) => {
      const filed = [...new Set(report.documents.map(outletOf))].find((n) => outletKey(n) === key);
      if (filed === undefined) return null;
      const o = record(report, filed);
      return { story: { id, name: storyName }, outlet: filed, documents: o.documents.length, claims: o.claims, status: o.status, conflicts: o.conflicts, sides: o.sides, bestSupportedSides: o.bestSupportedSides, republishes: o.republishes, copiedBy: o.copiedBy };
    })
    .filter((x) => x !== null);
  const sum = (f: (s: (typeof found)[number]) => number) => found.reduce((n, s) => n + f(s), 0);
  return {
    outlet: name,
    searched: stories.length,
    stories: found,
    total: {
      stories: found.length,
      documents: sum((s) => s.documents),
      claims: sum((s) => s.claims),
      status: { corroborated: sum((s) => s.status.corroborated), 'single-source': sum((s) => s.status['single-source']), contested: sum((s) => s.status.contested) },
      sides: sum((s) => s.sides),
      bestSupportedSides: sum((s) => s.bestSupportedSides),
    },
  };
}
