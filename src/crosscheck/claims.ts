import type { ClaimDraft } from '../claims/index.js';
import type { ClaimStatus, Entity, Evidence } from '../types.js';
import type { DocumentOrigin } from './origins.js';
import { StableIds } from '../text/index.js';
import { countedUnit } from './units.js';

/** A claim with all the documents that make it, and the independent origins behind them. */
export interface GroupedClaim {
  id: string;
  subject: string;
  predicate: ClaimDraft['predicate'];
  object: ClaimDraft['object'];
  qualifiers: ClaimDraft['qualifiers'];
  evidence: Evidence[];
  /** independent origins: syndicated copies and near-duplicates count once, so do claims attributed to one source */
  origins: string[];
  /** per evidence: outlet ← original ← attributed source */
  chains: string[][];
  status: ClaimStatus;
}

const objectKey = (o: ClaimDraft['object']) => ('entity' in o ? `e:${o.entity}` : `v:${o.value.toLowerCase()}`);

function claimKey(d: ClaimDraft): string {
  const q = d.qualifiers;
  switch (d.predicate) {
    case 'holds_role':
      return `role|${d.subject}|${q.title}|${q.country ?? q.organization ?? ''}|${q.deputy}|${q.former}`;
    case 'met':
      return `met|${[d.subject, objectKey(d.object)].sort().join('|')}|${q.date ?? ''}`;
    case 'leads':
      return `leads|${d.subject}|${q.group}|${q.country ?? ''}|${q.place ?? ''}`;
    case 'visited':
      return `visit|${d.subject}|${objectKey(d.object)}|${q.date ?? ''}`;
    case 'quantity':
      return q.measure || q.unit ? `qty|${q.measure ?? ''}|${countedUnit(q.unit)}|${q.value}|${q.kind}|${q.approx ?? ''}|${q.zone ?? ''}|${q.year ?? ''}|${q.event ?? ''}` : `qty|${d.doc}|${q.start}`;
    case 'received':
      return `received|${d.subject}|${objectKey(d.object)}`;
    case 'located_at':
      return `at|${d.subject}|${objectKey(d.object)}`;
    case 'has_value':
      return `value|${q.category}|${q.year ?? ''}|${objectKey(d.object)}${q.outranks ? `|outranks ${q.outranks}` : ''}`;
    case 'attributed_to':
      return `attr|${d.subject}|${d.doc}|${d.sentence}`;
  }
}

/** Groups equivalent claims across documents and counts their independent origins. */
export function groupClaims(drafts: ClaimDraft[], origins: Map<string, DocumentOrigin>, entities: Map<string, Entity>): GroupedClaim[] {
  const groups = new Map<string, ClaimDraft[]>();
  for (const d of drafts) groups.set(claimKey(d), [...(groups.get(claimKey(d)) ?? []), d]);
  const ids = new StableIds();
  return [...groups.entries()].map(([key, ds]) => {
    const originOf = (d: ClaimDraft) => (d.attributedTo ? `source:${entities.get(d.attributedTo)?.name.toLowerCase() ?? d.attributedTo}` : (origins.get(d.doc)?.origin ?? d.doc));
    const chains = ds.map((d) => [...(origins.get(d.doc)?.chain ?? [d.doc]), ...(d.attributedTo ? [entities.get(d.attributedTo)?.name ?? d.attributedTo] : [])]);
    const uniq = [...new Set(ds.map(originOf))];
    const evidence = dedupeEvidence(ds.map((d) => d.evidence));
    return {
      id: ids.next('k', key),
      subject: ds[0].subject,
      predicate: ds[0].predicate,
      object: ds[0].object,
      qualifiers: { ...ds[0].qualifiers },
      evidence,
      origins: uniq,
      chains,
      status: uniq.length >= 2 ? 'corroborated' : 'single-source',
    } satisfies GroupedClaim;
  });
}

function dedupeEvidence(es: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return es.filter((e) => {
    const k = `${e.doc}:${e.start}:${e.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
