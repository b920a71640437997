import type { Document } from '../types.js';
import type { GroupedClaim } from './claims.js';
import type { Conflict } from './conflicts.js';

/** A document's record: what it claims, how much of it holds up, and signs of padding — in words, with reasons. */
export interface SourceProfile {
  doc: string;
  outlet: string | null;
  claims: number;
  corroborated: number;
  singleSource: number;
  contested: number;
  internalContradictions: number;
  paddingSignals: string[];
  /** documents ordered from most to least reliable */
  rank: number;
  assessment: string;
  reasons: string[];
}

const QUESTION_HEADING = /^[^\n.!]{10,120}\?$/gm;
const GENERIC_SECTION = /^(?:[\p{L} ]{0,20}(?:insights?|takeaways|discussion(?: prompts| questions)?|faq|frequently asked questions|key points|what (?:we|you) need to know))\s*:?$/gimu;

export function profileSources(docs: Document[], claims: GroupedClaim[], conflicts: Conflict[]): SourceProfile[] {
  const byDoc = new Map<string, GroupedClaim[]>();
  for (const c of claims) {
    if (c.predicate === 'attributed_to') continue;
    for (const doc of new Set(c.evidence.map((e) => e.doc))) {
      const list = byDoc.get(doc);
      if (list) list.push(c);
      else byDoc.set(doc, [c]);
    }
  }
  const profiles = docs.map((d) => {
    const mine = byDoc.get(d.id) ?? [];
    const count = (s: string) => mine.filter((c) => c.status === s).length;
    const internal = conflicts.filter((c) => c.internal && c.alternatives.filter((a) => a.docs.includes(d.id)).length >= 2).length;
    const against = conflicts.filter((c) => c.bestSupported && c.alternatives.some((a) => a.value !== c.bestSupported && a.docs.includes(d.id))).length;
    const questions = d.text.match(QUESTION_HEADING)?.length ?? 0;
    const generic = [...d.text.matchAll(GENERIC_SECTION)].length + d.removed.filter((r) => /discussion|toc|table-of-contents/i.test(r.reason)).length;
    const loneFigures = mine.filter((c) => c.predicate === 'quantity' && c.status === 'single-source' && ['money', 'percent', 'count', 'measure'].includes(String(c.qualifiers.kind))).length;
    const padding: string[] = [];
    if (questions >= 3) padding.push(`${questions} question-style headings`);
    if (loneFigures >= 8) padding.push(`${loneFigures} precise figures no other source reports`);
    if (generic) padding.push('generic insight/discussion sections');
    const reasons: string[] = [];
    if (internal) reasons.push(`contradicts itself on ${internal} question${internal > 1 ? 's' : ''}`);
    if (against) reasons.push(`gives the less-supported answer in ${against} conflict${against > 1 ? 's' : ''}`);
    reasons.push(...padding);
    const corroborated = count('corroborated');
    if (corroborated) reasons.push(`${corroborated} of its claims are confirmed by independent sources`);
    const penalty = internal * 3 + against * 2 + padding.length;
    const assessment = penalty >= 4 ? 'low reliability' : penalty >= 2 ? 'mixed reliability' : corroborated ? 'consistent with other sources' : 'uncorroborated, no contradictions found';
    return {
      doc: d.id,
      outlet: d.outlet,
      claims: mine.length,
      corroborated,
      singleSource: count('single-source'),
      contested: count('contested'),
      internalContradictions: internal,
      paddingSignals: padding,
      rank: 0,
      assessment,
      reasons,
      penalty,
    };
  });
  profiles.sort((a, b) => a.penalty - b.penalty || b.corroborated - a.corroborated);
  return profiles.map(({ penalty: _p, ...p }, i) => ({ ...p, rank: i + 1 }));
}
