// Shared data model of the pipeline. Offsets are UTF-16 code-unit offsets into Document.text, end exclusive.

/** A problem found while reading or analysing a file: reported, never thrown past the file. */
export interface Message {
  file: string;
  /** the stage and rule that spoke, "stage/rule": "annotate/date-unresolved", "claims/figure-no-measure" */
  rule: string;
  severity: 'info' | 'warning' | 'error';
  message: string;
  /** where in the document's clean text the message points, when it points at a span (vfile-style place) */
  place?: { start: number; end: number };
}

/** A block of the raw text that cleaning removed, kept so a person can check it. */
export interface RemovedBlock {
  text: string;
  reason: string;
}

/** One article after reading and cleaning. */
export interface Document {
  id: string;
  path: string;
  /** base name of the input file */
  file: string;
  format: 'text' | 'html';
  encoding: string;
  title: string | null;
  outlet: string | null;
  author: string | null;
  /** ISO date (YYYY-MM-DD) the article states for itself, or null */
  published: string | null;
  /** place named in the dateline ("ERBIL (Outlet) —"), or null */
  dateline: string | null;
  /** original publisher where the copy says so ("Source: X"), or null */
  syndicatedFrom: string | null;
  /** agencies credited for photos or copy ("via Reuters") */
  credits: string[];
  /** ISO 639-1 code, or "und" when unknown */
  language: string;
  /** cleaned article text: every offset points into it */
  text: string;
  removed: RemovedBlock[];
  /** sha256 of the cleaned text */
  contentHash: string;
}

export interface Evidence {
  doc: string;
  start: number;
  end: number;
  quote: string;
}

export interface Sentence {
  start: number;
  end: number;
}

export type EntityType = 'person' | 'organization' | 'place' | 'facility' | 'equipment' | 'other';

/** A role as the text gives it: "Syrian Defence Minister", "deputy foreign minister of Russia". */
export interface Role {
  /** normalised office title: "defence minister", "foreign minister", "chief of staff", "president" */
  title: string;
  /** country (ISO alpha-2) the role belongs to, when the text says */
  country: string | null;
  /** organization name the role belongs to, when the text says */
  organization: string | null;
  qualifiers: ('deputy' | 'acting' | 'former' | 'vice' | 'interim' | 'first')[];
  evidence: Evidence;
}

export interface Mention {
  doc: string;
  start: number;
  end: number;
  /** the surface text */
  text: string;
  /** the name with honorifics, ranks and possessives stripped */
  name: string;
  type: EntityType;
  sentence: number;
  roles: Role[];
  /** for equipment: normalised designation (S-300); for places: gazetteer key */
  key?: string;
  /** for equipment: aircraft, tank, missile system…; for facilities: air base, naval base… */
  kind?: string;
  /** for facilities: the place the text locates it at ("X air base near Y") */
  near?: string;
  /** rule that found it, for debugging and precision audits */
  rule: string;
}

export type DatePrecision = 'day' | 'month' | 'quarter' | 'year' | 'unresolved';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** "2026-02-03", "2026-02", "2026-Q3", "2026", or null when unresolved */
  value: string | null;
  precision: DatePrecision;
  /** true for "on Tuesday", "the day before", "last October", "today" */
  relative: boolean;
  /** what a relative date was counted from: "published", "stated-date", or null */
  anchor: 'published' | 'stated-date' | null;
  /** the weekday a phrase names (0 = Sunday): "on Sunday", "am Sonntagabend", "у неділю" */
  weekday?: number;
  /** month and day of a date written without a year ("31/8", "15. August"), kept when no year could be given */
  monthDay?: { month: number; day: number };
}

export type NumberKind = 'money' | 'count' | 'percent' | 'time' | 'duration' | 'measure';

export interface NumberMention {
  start: number;
  end: number;
  text: string;
  value: number;
  /** inclusive range when the text gives one ("between 40 and 50") */
  range?: [number, number];
  kind: NumberKind;
  /** currency code, "%", "km", "hours", or the counted noun ("people", "aircraft") */
  unit: string | null;
  /** hedge words: about, nearly, more than, at least, up to */
  approx: 'about' | 'nearly' | 'over' | 'under' | 'at least' | 'at most' | null;
  /** times of day: the zone the text names ("UTC+0", "local"), null when it names none */
  zone?: string | null;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: Mention[];
  roles: Role[];
  /** places: ISO country and coordinates from the gazetteer */
  country?: string | null;
  coordinates?: [number, number] | null;
  kind?: string;
  /** facilities: the place entity the text locates them at */
  locatedAt?: string | null;
}

export type ClaimStatus = 'corroborated' | 'single-source' | 'contested';

export interface Claim {
  id: string;
  subject: string;
  predicate: 'holds_role' | 'met' | 'leads' | 'received' | 'visited' | 'located_at' | 'quantity' | 'attributed_to' | 'has_value';
  object: { entity: string } | { value: string };
  qualifiers: Record<string, string | number | boolean | null>;
  evidence: Evidence[];
  status: ClaimStatus;
}
