import {
  findSelfPromotion,
  isImagePlaceholder,
  isSentence,
  looksLikeLabel,
  normLine,
  parseByline,
  parseDateLine,
  parseNavigationLine,
  widgetLineReason,
  wordCount,
} from '../clean/index.js';
import headerData from './data/page-header.json' with { type: 'json' };
import sections from './data/section-labels.json' with { type: 'json' };
import { parseDateline } from './dateline.js';
import { languageModules, weekdayNames } from '../lang/index.js';
import { readDate } from './dates.js';
import { readDateStamp, readWeekdayDateLine } from './stamps.js';

/** What the top of a plain-text page says about itself, before the first paragraph. */
export interface PageHeader {
  title: string | null;
  /** the publication's name printed above the headline, as written */
  masthead: string | null;
  /** first crumb of a breadcrumb ("Site › World › Asia") when it names a site, as written */
  breadcrumbSite: string | null;
  /** the date of a line that is only a date, as written */
  dateLine: string | null;
}

type HeaderLine = 'title' | 'date' | 'menu' | 'breadcrumb' | 'byline' | 'site-date' | 'skip' | 'body';

const sectionLabels = new Set(sections.labels);
const BRAND_SHAPE = new RegExp(headerData.brandShape, 'u');
// how far into the article a headline may sit, and how far the page header may reach
const TITLE_WINDOW = headerData.titleWindow;
const HEADER_WINDOW = headerData.headerWindow;
const MAX_TITLE_WORDS = headerData.maxTitleWords;
const MAX_MASTHEAD_WORDS = headerData.maxMastheadWords;
// "Il Giornale delle Arti — 9 marzo 2026", "9 de março de 2026 | Jornal do Sul": a name and a full date, a dash or bar between
const SITE_DATE = new RegExp(headerData.siteDateSeparator, 'u');
const MAX_SITE_DATE_WORDS = MAX_MASTHEAD_WORDS + 6;
const WEEKDAYS = new Set(languageModules().flatMap((m) => weekdayNames(m.code)?.flat() ?? []).map((w) => w.toLowerCase()));

/** Headline, masthead, breadcrumb site and stand-alone date line at the top of an article (lines: trimmed, non-empty). */
export function readPageHeader(filled: string[]): PageHeader {
  const kinds = filled.slice(0, HEADER_WINDOW).map(headerLineKind);
  // headline or text lines: the headline is the first, unless that one is a masthead
  const [first, second] = kinds.flatMap((kind, i) => ((kind === 'title' || kind === 'body') && i < TITLE_WINDOW ? [i] : []));
  const masthead = isMasthead(filled, kinds, first, second) ? filled[first] : null;
  const titleAt = masthead === null ? first : second;
  const bodyAt = kinds.findIndex((kind, i) => kind === 'body' && i > (titleAt ?? -1));
  const inHeader = (kind: HeaderLine) => kinds.findIndex((k, i) => k === kind && (bodyAt < 0 || i < bodyAt));
  const dateAt = inHeader('date');
  const crumbAt = inHeader('breadcrumb');
  const menuAt = inHeader('menu');
  const siteDateAt = inHeader('site-date');
  const siteDate = siteDateAt < 0 ? null : parseSiteDateLine(filled[siteDateAt]);
  return {
    title: titleAt === undefined ? null : headline(filled[titleAt]),
    masthead: masthead ?? siteDate?.site ?? null,
    breadcrumbSite: crumbAt >= 0 ? breadcrumbSite(filled, crumbAt) : menuAt === 0 ? menuSite(filled[0]) : null,
    dateLine: dateAt < 0 ? (siteDate?.date ?? null) : parseDateLine(filled[dateAt]),
  };
}

/**
 * A header line that is a publication's name and a full date, either way round, with a spaced dash or bar between
 * ("Il Giornale delle Arti — 9 marzo 2026"); null for anything else: a labelled stamp ("Published — …"), a weekday, a
 * name with digits or a sentence.
 */
export function parseSiteDateLine(line: string): { site: string | null; date: string } | null {
  // a full date has a year in digits, and the line is short: most lines are answered here
  if (!/\d/.test(line) || wordCount(line) > MAX_SITE_DATE_WORDS) return null;
  if (readDateStamp(line) || readWeekdayDateLine(line)) return null;
  const parts = line.split(SITE_DATE).map((p) => p.trim());
  if (parts.length !== 2) return nameCommaDate(line);
  for (const [site, date] of [parts, [parts[1], parts[0]]]) {
    // the date part is only a date (no words beyond what a written date holds); the cheap checks before reading it
    if (wordCount(date) > 6 || !isName(site)) continue;
    const read = readDate(date);
    if (read && 'iso' in read) return { site, date };
  }
  return null;
}

const isName = (name: string) => !/\d/.test(name) && /^\p{Lu}/u.test(name) && looksLikeLabel(name, MAX_MASTHEAD_WORDS) && !readDate(name) && !WEEKDAYS.has(name.toLowerCase());

/**
 * "Alpine Wire, November 17, 2026" or "Lisboa, 4 de abril de 2026" on a line of its own: a name and a full date. The
 * date is the page's either way; the name may be the outlet or the place written from, so it names no site.
 */
function nameCommaDate(line: string): { site: null; date: string } | null {
  const comma = line.indexOf(',');
  if (comma < 0) return null;
  const [name, date] = [line.slice(0, comma).trim(), line.slice(comma + 1).trim()];
  // the cheap checks first: reading a date is the costly one
  if (wordCount(date) > 6 || !isName(name)) return null;
  const read = readDate(date);
  return read && 'iso' in read ? { site: null, date } : null;
}

function headerLineKind(line: string): HeaderLine {
  if (isImagePlaceholder(line) || sectionLabels.has(normLine(line)) || widgetLineReason(line)) return 'skip';
  if (parseByline(line)) return 'byline';
  if (parseDateLine(line)) return 'date';
  if (parseSiteDateLine(line)) return 'site-date';
  const navigation = parseNavigationLine(line);
  if (navigation) return navigation.kind;
  if (isSentence(line) || wordCount(line) > MAX_TITLE_WORDS) return 'body';
  return 'title';
}

/** A line serves as headline unless it is too long or is the opening dateline paragraph. */
function headline(line: string): string | null {
  if (wordCount(line) > MAX_TITLE_WORDS || (isSentence(line) && parseDateline(line, true))) return null;
  return line;
}

/**
 * A short first line is the publication's name, not the headline, when a longer headline follows and the page confirms it:
 * a date line or menu right under it, a date line or byline right under the headline, or the name promoted again at the end.
 */
function isMasthead(filled: string[], kinds: HeaderLine[], first?: number, second?: number): boolean {
  if (first === undefined || second === undefined || kinds[first] !== 'title' || kinds[second] !== 'title') return false;
  const name = filled[first];
  if (!looksLikeLabel(name, MAX_MASTHEAD_WORDS) || /[:?!]$/.test(name) || wordCount(filled[second]) <= wordCount(name)) {
    return false;
  }
  const under = (i: number) => kinds[i + 1];
  return (
    ['date', 'menu'].includes(under(first)) ||
    ['date', 'byline'].includes(under(second)) ||
    findSelfPromotion(filled.slice(first + 1), name).lines.length > 0
  );
}

/**
 * The first line of a page as "Site | Culture | Crime": its first item names the site when it is no section label itself
 * and a section label follows it.
 */
function menuSite(line: string): string | null {
  const items = parseNavigationLine(line)?.items ?? [];
  const [first, ...rest] = items;
  if (!first || sectionLabels.has(normLine(first)) || !rest.some((i) => sectionLabels.has(normLine(i)))) return null;
  return /^\p{Lu}/u.test(first) && !/\d/.test(first) ? first : null;
}

/** "Site › World › Asia" names a site when its first crumb looks like a brand or the page promotes it at the end. */
function breadcrumbSite(filled: string[], at: number): string | null {
  const first = parseNavigationLine(filled[at])?.items[0];
  if (!first || sectionLabels.has(normLine(first))) return null;
  const rest = filled.filter((_, i) => i !== at);
  return BRAND_SHAPE.test(first) || findSelfPromotion(rest, first).lines.length > 0 ? first : null;
}
