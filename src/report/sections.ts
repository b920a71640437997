import type { Report } from './json.js';

/** Display data shared by the terminal and Markdown renderers, computed once from the JSON report. */
export interface Sections {
  documents: { id: string; file: string; outlet: string; published: string; language: string; copy: string; title: string }[];
  conflicts: { question: string; internal: boolean; best: string | null; why: string | null; alternatives: { value: string; support: string; quotes: { label: string; quote: string }[] }[] }[];
  evolving: { question: string; steps: { date: string; values: string; quote: string }[] }[];
  events: { date: string; what: string; docs: string; reason: string | null }[];
  corroborated: { text: string; origins: number; docs: string }[];
  singleSource: { doc: string; figure: string; quote: string }[];
  entities: { type: string; name: string; aliases: string; roles: string; docs: number }[];
  profiles: { rank: number; label: string; assessment: string; reasons: string }[];
  warnings: { file: string; rule: string; message: string; severity: string }[];
}

const MAX_QUOTE = 240;
const clip = (s: string) => (s.length > MAX_QUOTE ? `${s.slice(0, MAX_QUOTE - 1)}…` : s).replace(/\s+/g, ' ');

/** A claim in words, with entity names from `entityName`: "Rui Calado is defence minister of Portugal". */
export function describeClaim(c: Report['claims'][number], entityName: Map<string, string>): string {
  const subj = entityName.get(c.subject) ?? c.subject;
  const obj = 'entity' in c.object ? (entityName.get(c.object.entity) ?? c.object.entity) : c.object.value;
  const verb = { holds_role: 'is', met: 'met', leads: 'leads the', received: 'received', visited: 'visited', located_at: 'is located at', quantity: 'figure:', attributed_to: 'is cited for', has_value: 'is said to be' }[c.predicate];
  if (c.predicate === 'has_value') return `${c.qualifiers.category}: ${obj}`;
  return `${subj} ${verb} ${obj}${c.qualifiers.date ? ` (${c.qualifiers.date})` : ''}`;
}

export function sections(r: Report): Sections {
  const docLabel = new Map(r.documents.map((d) => [d.id, `${d.id} ${d.outlet ?? d.file}`]));
  const entityName = new Map(r.entities.map((e) => [e.id, e.name]));
  const describe = (c: Report['claims'][number]) => describeClaim(c, entityName);
  return {
    documents: r.documents.map((d) => ({
      id: d.id,
      file: d.file,
      title: d.title ?? '',
      outlet: d.outlet ?? '?',
      published: d.published ?? 'undated',
      language: d.language,
      copy: d.chain.length > 1 ? `copy of ${d.chain.slice(1).join(' ← ')}` : '',
    })),
    conflicts: r.conflicts.map((c) => ({
      question: c.question,
      internal: c.internal,
      best: c.bestSupported,
      why: c.why ?? null,
      alternatives: c.alternatives.map((a) => ({
        value: a.value,
        support: `${a.docs.length} document${a.docs.length > 1 ? 's' : ''}, ${a.origins} independent origin${a.origins > 1 ? 's' : ''}`,
        quotes: a.evidence.slice(0, 3).map((e) => ({ label: docLabel.get(e.doc) ?? e.doc, quote: clip(e.quote) })),
      })),
    })),
    evolving: (r.evolvingFigures ?? []).map((f) => ({
      question: f.question,
      steps: f.series.map((d) => ({
        date: d.date,
        values: d.values.map((v) => `${v.value} (${v.outlets.join(', ')})`).join('; '),
        quote: clip(d.values[0]?.evidence[0]?.quote ?? ''),
      })),
    })),
    events: r.events.map((e) => ({ date: e.date ?? 'date unknown', what: e.what, docs: e.docs.join(', '), reason: e.dateReason })),
    corroborated: r.claims
      .filter((c) => c.status === 'corroborated' && c.predicate !== 'quantity')
      .map((c) => ({ text: describe(c), origins: c.origins, docs: [...new Set(c.evidence.map((e) => e.doc))].join(', ') })),
    singleSource: r.singleSource.map((s) => ({ doc: docLabel.get(s.doc) ?? s.doc, figure: s.figure, quote: clip(s.claim) })),
    entities: r.entities.map((e) => ({
      type: e.type,
      name: e.name,
      aliases: e.aliases.join(', '),
      roles: [...new Set(e.roles.map((x) => `${x.qualifiers.filter((q) => q !== 'first').join(' ')} ${x.title}${x.countryName ? ` of ${x.countryName}` : x.organization ? ` of ${x.organization}` : ''}`.trim()))].join('; '),
      docs: new Set(e.mentions.map((m) => m.doc)).size,
    })),
    profiles: r.profiles.map((p) => ({ rank: p.rank, label: docLabel.get(p.doc) ?? p.doc, assessment: p.assessment, reasons: p.reasons.join('; ') })),
    warnings: r.warnings.map((w) => ({ file: w.file, rule: w.rule, message: w.message, severity: w.severity })),
  };
}
