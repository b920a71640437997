/**
 * The JSON report's shape, declared once: buildReport returns it, and schema/report.schema.json is generated from it
 * (`npm run schema`; a test fails when the committed schema is out of date).
 */
import type { Span } from '../components/types.js';
import type { Conflict, DocumentOrigin, EvolvingFigure, GroupedClaim, SourceProfile, StoryEvent } from '../crosscheck/index.js';
import type { Document, Entity, Evidence, Mention, Message, Role } from '../types.js';
import type { Review } from './review.js';

export interface ReportSummary {
  documents: number;
  /** input files that were not read as documents */
  skipped: number;
  entities: number;
  claims: number;
  events: number;
  conflicts: number;
  evolvingFigures: number;
}

export interface ReportDocument
  extends Pick<Document, 'id' | 'file' | 'path' | 'title' | 'outlet' | 'author' | 'published' | 'dateline' | 'syndicatedFrom' | 'credits' | 'language' | 'encoding' | 'format' | 'text' | 'removed'> {
  /** where the text comes from, newest first: "Nomad Post ← Meridian News Agency" */
  chain: string[];
  nearDuplicates: DocumentOrigin['copies'];
  /** what every stage said about this document (the run's messages that name its file) */
  messages: Message[];
  /** layers that configured components added, by name; absent when none did */
  layers?: Record<string, Span[]>;
}

export interface ReportRole extends Pick<Role, 'title' | 'country' | 'organization' | 'qualifiers' | 'evidence'> {
  /** the country's English name, when the role has a country */
  countryName: string | null;
}

export interface ReportEntity extends Pick<Entity, 'id' | 'type' | 'name' | 'aliases'> {
  /** equipment or facility kind, null for others */
  kind: string | null;
  /** places: ISO 3166-1 alpha-2 country, when known */
  country: string | null;
  /** places: [latitude, longitude] from the gazetteer, when known */
  coordinates: [number, number] | null;
  /** facilities: the id of the place entity the text locates them at */
  locatedAt: string | null;
  roles: ReportRole[];
  mentions: Pick<Mention, 'doc' | 'start' | 'end' | 'text'>[];
}

export interface ReportClaim extends Pick<GroupedClaim, 'id' | 'subject' | 'predicate' | 'object' | 'qualifiers' | 'evidence' | 'status' | 'chains'> {
  /** number of independent origins */
  origins: number;
}

export type ReportEvent = Omit<StoryEvent, 'mentions'>;

export interface ReportAlternative {
  value: string;
  /** the entity the value names, when it names one */
  entity: string | null;
  docs: string[];
  outlets: string[];
  claims: string[];
  /** number of independent origins */
  origins: number;
  evidence: Evidence[];
}

export interface ReportConflict extends Pick<Conflict, 'id' | 'kind' | 'question' | 'internal' | 'bestSupported'> {
  /** why the values cannot both hold */
  why: string | null;
  alternatives: ReportAlternative[];
}

export interface ReportSingleSource {
  doc: string;
  /** the quote that gives the figure */
  claim: string;
  figure: string;
  evidence: Evidence;
}

export interface Report {
  tool: { name: string; version: string };
  summary: ReportSummary;
  documents: ReportDocument[];
  entities: ReportEntity[];
  claims: ReportClaim[];
  events: ReportEvent[];
  conflicts: ReportConflict[];
  evolvingFigures: EvolvingFigure[];
  /** precise figures that only one origin reports */
  singleSource: ReportSingleSource[];
  profiles: SourceProfile[];
  warnings: Message[];
  /** the analyst's verdicts and notes, when the case file has them */
  review?: Review;
}
