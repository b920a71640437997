import type { Document } from '../types.js';
import { findSelfPromotion, isImagePlaceholder, parseByline, parseDateLine, parseSourceLine } from '../clean/index.js';
import { findCredits, findOriginCredit, type OriginCredit } from './credits.js';
import { parseDateline, placeOfDateLine } from './dateline.js';
import { dayInYear, readDate, statedDates, type WrittenDate } from './dates.js';
import { readPageHeader } from './header.js';
import { isAgency, knownOutlet, normaliseOutlet, sameOutlet } from './outlets.js';
import { readDateStamp, readWeekdayDateLine, relativeStamp } from './stamps.js';

/** Metadata a plain-text article states about itself: the metadata fields of a Document. */
export type ArticleMeta = Pick<Document, 'title' | 'outlet' | 'author' | 'published' | 'dateline' | 'syndicatedFrom' | 'credits'>;

/** A publication date the page states only in part: a day without its year, or "12/11/2025" with two readings. */
export interface UncertainDate {
  written: string;
  /** "--MM-DD" when the year is not given */
  day?: string;
  /** ISO readings when day and month could be either way round */
  readings?: string[];
}

/** What the page says about its own date and outlet beyond the metadata: for messages and folder-wide resolution. */
export interface MetaNotes {
  uncertainDate: UncertainDate | null;
  /** "3 hours ago": a date relative to a moment the saved page does not give */
  relativeDate: string | null;
  /** the credit that named `syndicatedFrom`, when it was not a "Source:" line */
  origin: OriginCredit | null;
}

// how far into the article body a dateline may sit, and how far down a page's own date stamp or address may sit
const DATELINE_WINDOW = 8;
const STAMP_WINDOW = 8;
const ADDRESS_WINDOW = 3;
// of two readings of a numeric date, one this close to a date of the folder is taken
const NEAR_DAYS = 10;
// a line that credits another site ("via https://…", "Source: https://…") gives no address of the page's own
const CREDIT_LINE = /^(?:via|source|quelle|fuente|fonte|источник|джерело|المصدر)(?![\p{L}])/iu;
const URL = /https?:\/\/(?:www\.)?([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)/u;

/** Title, masthead, dateline, byline, date line, closing source line, self-promotion and photo credits of a plain-text article. */
export function extractTextMeta(text: string): ArticleMeta {
  return readTextMeta(text).meta;
}

/**
 * `extractTextMeta` with what stayed uncertain (a date without its year, a relative date) and which credit named the
 * original. `siteName`: the site's own name where the page states it outside the text (a web page's metadata).
 */
export function readTextMeta(text: string, siteName: string | null = null): { meta: ArticleMeta; notes: MetaNotes } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim());
  const filled = lines.filter((l) => l !== '');
  const header = readPageHeader(filled);
  const { title, masthead } = header;
  const body = filled
    .slice(title === null ? 0 : filled.indexOf(title) + 1)
    .filter((l) => l !== title && !isImagePlaceholder(l) && !parseByline(l) && !parseDateLine(l));
  const dateline = body
    .slice(0, DATELINE_WINDOW)
    .map((l, i) => parseDateline(l, i === 0))
    .find((d) => d !== null);
  // without a dateline, a date line standing alone may name the place ("Sevilla, 10 de marzo de 2026")
  const datedPlace = dateline ? null : filled.slice(0, DATELINE_WINDOW).filter((l) => parseDateLine(l)).map(placeOfDateLine).find((p) => p !== null);
  const bylines = filled.map(parseByline).filter((b) => b !== null);
  const stamps = filled
    .slice(0, STAMP_WINDOW)
    .map((l) => readDateStamp(l) ?? readWeekdayDateLine(l))
    .filter((s) => s !== null);
  const source = filled.map(parseSourceLine).filter((s) => s !== null).pop();
  const address = filled
    .slice(0, ADDRESS_WINDOW)
    .filter((l) => !CREDIT_LINE.test(l))
    .map((l) => URL.exec(l)?.[1])
    .find((host) => host !== undefined);
  const selfOutlet = findSelfPromotion(lines).outlet;
  // a copy keeps the original's dateline ("CITY (Agency) —"): that names the source, not the site
  const datelineOutlet = dateline?.outlet && !(source && sameOutlet(dateline.outlet, source)) ? dateline.outlet : null;
  const pageOutlet = masthead ?? siteName ?? selfOutlet ?? header.breadcrumbSite;
  const credit = source ? null : findOriginCredit(filled, pageOutlet ?? (datelineOutlet && !isAgency(datelineOutlet) ? datelineOutlet : null));
  const siteOutlet = pageOutlet ?? credit?.outlet ?? (address ? (knownOutlet(address) ?? address) : null);
  // an agency's dateline on a page of another site, or any outlet's dateline on a page that names itself otherwise
  // (a copy keeps the original's "CITY (Outlet) —"): that outlet is the original
  const datelineOrigin = datelineOutlet && siteOutlet && (isAgency(datelineOutlet) || (masthead ?? siteName ?? header.breadcrumbSite)) && !sameOutlet(datelineOutlet, siteOutlet) ? datelineOutlet : null;
  const outlet = masthead ?? siteName ?? (datelineOrigin ? siteOutlet : datelineOutlet) ?? credit?.outlet ?? selfOutlet ?? header.breadcrumbSite ?? siteOutlet;
  const origin = source ?? credit?.name ?? datelineOrigin;

  const { published, uncertainDate } = publicationDate(text, [
    { kind: 'published', date: dateline?.stated ?? null, written: dateline ? 'dateline' : '' },
    ...bylines.filter((b) => b.dateIsPublication).map((b) => ({ kind: 'published' as const, date: readDate(b.date), written: b.date ?? '' })),
    ...stamps.filter((s) => s.kind === 'published'),
    { kind: 'published', date: readDate(header.dateLine), written: header.dateLine ?? '' },
    ...bylines.filter((b) => !b.dateIsPublication).map((b) => ({ kind: 'updated' as const, date: readDate(b.date), written: b.date ?? '' })),
    ...stamps.filter((s) => s.kind === 'updated'),
  ]);
  const relativeDate = published || uncertainDate ? null : (filled.slice(0, STAMP_WINDOW).map(relativeStamp).find((r) => r !== null) ?? null);
  return {
    meta: {
      title,
      outlet: outlet ? normaliseOutlet(outlet) : null,
      author: bylines.find((b) => b.author)?.author ?? null,
      published,
      dateline: dateline?.place ?? datedPlace ?? null,
      syndicatedFrom: origin && !(outlet && sameOutlet(origin, outlet)) ? normaliseOutlet(origin) : null,
      credits: findCredits(text),
    },
    notes: {
      uncertainDate,
      relativeDate,
      origin: source ? null : (credit ?? (datelineOrigin && dateline ? { name: datelineOrigin, rule: 'dateline', quote: `${dateline.place} (${datelineOrigin})` } : null)),
    },
  };
}

interface DateCandidate {
  kind: 'published' | 'updated';
  date: WrittenDate | null;
  written: string;
}

/**
 * The first full publication date the page states, else a partial one completed from the dates the article itself
 * states (a day whose year one of them gives, the reading of "12/11/2025" that the text names), else an update date.
 * What stays partial is returned for the folder to complete.
 */
function publicationDate(text: string, candidates: DateCandidate[]): { published: string | null; uncertainDate: UncertainDate | null } {
  const full = (kind: DateCandidate['kind']) =>
    candidates.find((c) => c.kind === kind && c.date && 'iso' in c.date)?.date as { iso: string } | undefined;
  const published = full('published');
  if (published) return { published: published.iso, uncertainDate: null };
  const partial = candidates.find((c) => c.date && !('iso' in c.date));
  const uncertain = partial ? uncertainOf(partial) : null;
  const updated = full('updated');
  if (uncertain) {
    // the page's own update stamp gives a day its year; a date the text names decides between two readings (the
    // text's other dates may be about other years, so they complete a day only when the folder cannot)
    const known = [...(uncertain.readings ? statedDates(text) : []), ...(updated ? [updated.iso] : [])];
    const resolved = resolveUncertainDate(uncertain, known);
    if (resolved) return { published: resolved, uncertainDate: null };
  }
  if (updated) return { published: updated.iso, uncertainDate: null };
  return { published: null, uncertainDate: uncertain };
}

function uncertainOf(candidate: DateCandidate): UncertainDate | null {
  const { date, written } = candidate;
  if (!date || 'iso' in date) return null;
  return 'day' in date ? { written, day: date.day } : { written, readings: date.readings };
}

/**
 * A partial date completed from known dates: a day takes the year that puts it nearest one of them (within 120 days);
 * of two readings, the one a known date names, or (with `near`) the only one within a few days of a known date.
 */
export function resolveUncertainDate(uncertain: UncertainDate, known: string[], near = false): string | null {
  if (!known.length) return null;
  if (uncertain.day) return dayInYear(uncertain.day, known);
  const readings = uncertain.readings ?? [];
  const named = readings.filter((r) => known.includes(r));
  if (named.length === 1) return named[0];
  if (!near) return null;
  const close = readings.filter((r) => known.some((k) => Math.abs(Date.parse(r) - Date.parse(k)) <= NEAR_DAYS * 86_400_000));
  return close.length === 1 ? close[0] : null;
}
