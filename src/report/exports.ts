import type { Report } from './json.js';

/** One CSV field, quoted when needed; a leading formula character is neutralised so spreadsheets never evaluate article text. */
export function csvField(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The claims-by-sources matrix: one row per claim, one column per document; a cell says whether the document supports
 * the claim, contradicts it (supports another answer to the same question) or is silent.
 */
export function claimsMatrixCsv(r: Report): string {
  const names = new Map(r.entities.map((e) => [e.id, e.name]));
  const contradicts = new Map<string, Set<string>>();
  for (const c of r.conflicts) {
    for (const a of c.alternatives) {
      const others = c.alternatives.filter((b) => b !== a).flatMap((b) => b.docs);
      for (const k of a.claims) contradicts.set(k, new Set([...(contradicts.get(k) ?? []), ...others.filter((d) => !a.docs.includes(d))]));
    }
  }
  const header = ['claim', 'subject', 'predicate', 'object', 'status', 'origins', ...r.documents.map((d) => `${d.id} ${d.outlet ?? d.file}`)];
  const rows = r.claims
    .filter((c) => c.predicate !== 'attributed_to')
    .map((c) => {
      const docs = new Set(c.evidence.map((e) => e.doc));
      const against = contradicts.get(c.id) ?? new Set();
      const object = 'entity' in c.object ? (names.get(c.object.entity) ?? c.object.entity) : c.object.value;
      const cells = r.documents.map((d) => (docs.has(d.id) ? 'supports' : against.has(d.id) ? 'contradicts' : 'silent'));
      return [c.id, names.get(c.subject) ?? c.subject, c.predicate, object, c.status, c.origins, ...cells];
    });
  return `${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\n')}\n`;
}

/** Claims and conflicts as JSON Lines: one record per line, each tagged with its kind. */
export function claimsAndConflictsJsonl(r: Report): string {
  const lines = [...r.claims.map((c) => ({ record: 'claim', ...c })), ...r.conflicts.map((c) => ({ record: 'conflict', ...c }))];
  return lines.map((l) => JSON.stringify(l)).join('\n') + (lines.length ? '\n' : '');
}
