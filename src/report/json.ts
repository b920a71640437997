import { countryName } from '../annotate/gazetteer.js';
import { findEvolvingFigures } from '../crosscheck/index.js';
import type { Analysis } from '../pipeline.js';
import type { Review } from './review.js';
import { VERSION } from '../version.js';
import type { Report } from './types.js';

export type { Report } from './types.js';

const TOOL = { name: 'triangulate', version: VERSION };

/**
 * The JSON report: the fields of shared/eval/REPORT.md plus provenance, warnings and profiles. Deterministic for the same input.
 * `review` (the analyst's verdicts and notes, from the case file) is carried as is when given.
 */
export function buildReport(a: Analysis, review?: Review): Report {
  const { cross } = a;
  const evolving = findEvolvingFigures(cross.claims, { entities: new Map(a.entities.map((e) => [e.id, e])), docs: new Map(a.documents.map((d) => [d.id, d])) });
  return {
    tool: TOOL,
    summary: {
      documents: a.documents.length,
      skipped: new Set(a.messages.filter((m) => m.severity !== 'info' && !a.documents.some((d) => d.path === m.file)).map((m) => m.file)).size,
      entities: a.entities.length,
      claims: cross.claims.length,
      events: cross.events.length,
      conflicts: cross.conflicts.length,
      evolvingFigures: evolving.length,
    },
    documents: a.documents.map((d, i) => {
      const origin = cross.origins.get(d.id);
      const layers = a.layers?.[i]?.layers;
      return {
        id: d.id,
        file: d.file,
        path: d.path,
        title: d.title,
        outlet: d.outlet,
        author: d.author,
        published: d.published,
        dateline: d.dateline,
        syndicatedFrom: d.syndicatedFrom,
        chain: origin?.chain ?? [],
        nearDuplicates: origin?.copies ?? [],
        credits: d.credits,
        language: d.language,
        encoding: d.encoding,
        format: d.format,
        text: d.text,
        removed: d.removed,
        /** what every stage said about this document (the run's messages that name its file) */
        messages: a.messages.filter((m) => m.file === d.path),
        ...(layers && Object.keys(layers).length ? { layers } : {}),
      };
    }),
    entities: a.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      kind: e.kind ?? null,
      country: e.country ?? null,
      coordinates: e.coordinates ?? null,
      locatedAt: e.locatedAt ?? null,
      roles: e.roles.map((r) => ({ title: r.title, country: r.country, countryName: r.country ? countryName(r.country) : null, organization: r.organization, qualifiers: r.qualifiers, evidence: r.evidence })),
      mentions: e.mentions.map((m) => ({ doc: m.doc, start: m.start, end: m.end, text: m.text })),
    })),
    claims: cross.claims.map((c) => ({
      id: c.id,
      subject: c.subject,
      predicate: c.predicate,
      object: c.object,
      qualifiers: c.qualifiers,
      evidence: c.evidence,
      status: c.status,
      origins: c.origins.length,
      chains: c.chains,
    })),
    events: cross.events.map((e) => ({
      id: e.id,
      what: e.what,
      kind: e.kind,
      type: e.type,
      date: e.date,
      dateReason: e.dateReason,
      place: e.place,
      participants: e.participants,
      docs: e.docs,
      evidence: e.evidence,
    })),
    conflicts: cross.conflicts.map((c) => ({
      id: c.id,
      kind: c.kind,
      question: c.question,
      internal: c.internal,
      bestSupported: c.bestSupported,
      why: c.why ?? null,
      alternatives: c.alternatives.map((alt) => ({
        value: alt.value,
        entity: alt.entity ?? null,
        docs: alt.docs,
        outlets: alt.outlets,
        claims: alt.claims,
        origins: alt.origins.length,
        evidence: alt.evidence,
      })),
    })),
    evolvingFigures: evolving.map((f) => ({
      id: f.id,
      question: f.question,
      measure: f.measure,
      series: f.series.map((d) => ({ date: d.date, values: d.values.map((v) => ({ value: v.value, docs: v.docs, outlets: v.outlets, evidence: v.evidence })) })),
    })),
    singleSource: uncorroboratedSpecifics(cross.claims),
    profiles: cross.profiles,
    warnings: a.messages,
    ...(review ? { review } : {}),
  };
}

/** Precise figures (amounts, counts, percentages) that only one origin reports. */
function uncorroboratedSpecifics(claims: Analysis['cross']['claims']): Report['singleSource'] {
  const out: Report['singleSource'] = [];
  for (const c of claims) {
    if (c.predicate !== 'quantity' || c.status !== 'single-source' || c.qualifiers.approx) continue;
    // precise figures only: amounts, percentages, measures, and counts beyond a handful
    const kind = String(c.qualifiers.kind);
    if (!(['money', 'percent', 'measure'].includes(kind) || (kind === 'count' && Number(c.qualifiers.value) >= 10))) continue;
    const ev = c.evidence[0];
    out.push({ doc: ev.doc, claim: ev.quote, figure: 'value' in c.object ? c.object.value : '', evidence: ev });
  }
  return out;
}
