import { type Annotations, annotate } from './annotate/index.js';
import { type ClaimDraft, type EventMention, extractClaims } from './claims/index.js';
import { type DocumentComponent, type DocumentLayers, runComponents } from './components/index.js';
import { hasWordLists } from './annotate/lexicons.js';
import { cldrDateVocabulary } from './lang/cldr.js';
import { hasLanguageModule } from './lang/index.js';
import { type CrossCheck, crossCheck } from './crosscheck/index.js';
import { crossCheckMessages } from './crosscheck/messages.js';
import { cleanArticles, type ReadOptions, readRawInputs, withMessages } from './ingest/index.js';
import { type AmbiguousSurname, projectKnownNames, resolve } from './resolve/index.js';
import type { Document, Entity, Mention, Message } from './types.js';

/** Milliseconds per stage: read (files read, decoded, extracted), clean (boilerplate, shared lines, language), annotate, ... */
export interface StageTimes {
  read: number;
  clean: number;
  annotate: number;
  resolve: number;
  claims: number;
  crosscheck: number;
}

/** Everything triangulate knows about one folder of articles. */
export interface Analysis {
  documents: Document[];
  messages: Message[];
  annotations: Annotations[];
  entities: Entity[];
  cross: CrossCheck;
  times: StageTimes;
  /** layers and messages that configured components added, one entry per document; absent when none ran */
  layers?: DocumentLayers[];
}

/** Options of the stages after reading: the configured per-document components (see src/components). */
export interface AnalysisOptions {
  components?: DocumentComponent[];
}

/** What the stages after per-document annotation produce, with their milliseconds. */
export interface CrossDocumentResult {
  annotations: Annotations[];
  entities: Entity[];
  cross: CrossCheck;
  layers?: DocumentLayers[];
  /** what these stages say about documents: annotation's and the claims stage's messages, configured components', languages without a module */
  messages: Message[];
  /** projectNames: names known from other documents found in uncased scripts */
  times: { projectNames: number; resolve: number; claims: number; crosscheck: number };
}

/** The stages that need every document's annotations at once: known-name projection, resolve, claims, cross-check. */
export function crossDocumentStages(documents: Document[], perDocument: Annotations[], opts: AnalysisOptions = {}): CrossDocumentResult {
  const tp = performance.now();
  // configured components run on each document after the core annotator, whichever thread annotated it
  const layers = opts.components?.length ? documents.map((d, i) => runComponents(opts.components as DocumentComponent[], d, perDocument[i])) : undefined;
  const projected = projectKnownNames(documents, perDocument);
  const t0 = performance.now();
  // resolve returns the annotations with the mentions its entities hold (typed, roles completed): new objects, the input unchanged
  const { entities, annotations, ambiguous } = resolve(projected);
  const t1 = performance.now();
  const drafts: ClaimDraft[] = [];
  const events: EventMention[] = [];
  const claimMessages: Message[] = [];
  const byDoc = mentionsByDocument(entities);
  documents.forEach((d, i) => {
    const r = extractClaims(d, annotations[i], byDoc.get(d.id) ?? new Map());
    drafts.push(...r.claims);
    events.push(...r.events);
    claimMessages.push(...r.messages);
  });
  const t2 = performance.now();
  const cross = crossCheck(documents, entities, drafts, events);
  const t3 = performance.now();
  // every stage's messages: annotation's (per document, from whichever thread annotated it), the claims stage's, the cross-check's, components', languages without a module
  const messages = capPerDocument([
    ...languageMessages(documents),
    ...perDocument.flatMap((a) => a.messages ?? []),
    ...resolveMessages(documents, ambiguous),
    ...claimMessages,
    ...crossCheckMessages(documents, cross.conflicts),
    ...(layers ?? []).flatMap((l) => l.messages),
  ]);
  return { annotations, entities, cross, messages, ...(layers ? { layers } : {}), times: { projectNames: t0 - tp, resolve: t1 - t0, claims: t2 - t1, crosscheck: t3 - t2 } };
}

/** One message per surname-only mention that fits two people of the folder and joined neither. */
function resolveMessages(documents: Document[], ambiguous: AmbiguousSurname[]): Message[] {
  const path = new Map(documents.map((d) => [d.id, d.path]));
  return ambiguous.map((a) => {
    const file = path.get(a.doc) ?? a.doc;
    return {
      file,
      rule: 'resolve/surname-ambiguous',
      severity: 'info' as const,
      message: `${file}: "${a.name}" (at ${a.start}) could be ${a.candidates.map((c) => `"${c}"`).join(' or ')}, named in full in other documents; it is kept as an entity of its own`,
      place: { start: a.start, end: a.end },
    };
  });
}

/** Each document's mentions with the entity they belong to, built once for all documents. */
function mentionsByDocument(entities: Entity[]): Map<string, Map<Mention, Entity>> {
  const out = new Map<string, Map<Mention, Entity>>();
  for (const e of entities) {
    for (const m of e.mentions) {
      const doc = out.get(m.doc) ?? new Map<Mention, Entity>();
      if (!out.has(m.doc)) out.set(m.doc, doc);
      doc.set(m, e);
    }
  }
  return out;
}

/** Runs every stage after reading on documents already in memory. Pure apart from timing. */
export function analyzeDocuments(documents: Document[], messages: Message[] = [], readMs = 0, cleanMs = 0, opts: AnalysisOptions = {}): Analysis {
  const t0 = performance.now();
  const perDocument = documents.map(annotate);
  const t1 = performance.now();
  const r = crossDocumentStages(documents, perDocument, opts);
  return {
    documents,
    messages: withStageMessages(messages, r.messages),
    ...(r.layers ? { layers: r.layers } : {}),
    annotations: r.annotations,
    entities: r.entities,
    cross: r.cross,
    times: { read: readMs, clean: cleanMs, annotate: t1 - t0 + r.times.projectNames, resolve: r.times.resolve, claims: r.times.claims, crosscheck: r.times.crosscheck },
  };
}

/** Reads files and folders, then analyses them. Bad files become messages; the rest goes on. */
export async function analyzePaths(paths: string[], opts: ReadOptions & AnalysisOptions = {}): Promise<Analysis> {
  const t0 = performance.now();
  const raw = await readRawInputs(paths, opts);
  const t1 = performance.now();
  const { documents, messages } = withMessages(raw.messages, cleanArticles(raw.articles));
  return analyzeDocuments(documents, messages, t1 - t0, performance.now() - t1, opts);
}

/** At most this many messages of one rule about one document; the rest are counted in one message. */
export const MESSAGES_PER_RULE = 5;

/** The stages' messages with at most MESSAGES_PER_RULE of one rule per document, and one message counting those left out. */
export function capPerDocument(messages: Message[]): Message[] {
  const seen = new Map<string, number>();
  const out: Message[] = [];
  for (const m of messages) {
    const key = `${m.file}\u0000${m.rule}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n <= MESSAGES_PER_RULE) out.push(m);
  }
  for (const [key, n] of seen) {
    if (n <= MESSAGES_PER_RULE) continue;
    const [file, rule] = key.split('\u0000');
    const first = messages.find((m) => m.file === file && m.rule === rule);
    out.push({ file, rule, severity: first?.severity ?? 'info', message: `${file}: ${n - MESSAGES_PER_RULE} more "${rule}" messages left out (${n} in all)` });
  }
  return out;
}

/** The run's messages with those the later stages attached, in file order. */
export function withStageMessages(messages: Message[], stage: Message[]): Message[] {
  if (!stage.length) return messages;
  return [...messages, ...stage].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** One message per document whose language has no module: its names, dates and figures are read by language-independent rules only. */
function languageMessages(documents: Document[]): Message[] {
  return documents
    .filter((d) => d.language !== 'und' && !hasLanguageModule(d.language))
    .map((d) => {
      const read = [
        cldrDateVocabulary(d.language) ? "its dates are read with the CLDR's month and weekday names" : '',
        hasWordLists(d.language) ? 'its names with its everyday-word and name lists' : '',
      ].filter(Boolean);
      const rest = read.length ? `${read.join(', ')}, the rest with the language-independent rules only` : 'names, dates and figures are read with the language-independent rules only';
      return { file: d.path, rule: 'annotate/no-language-module', severity: 'info' as const, message: `${d.path}: no language module for "${d.language}"; ${rest}` };
    });
}
