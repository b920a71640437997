import meta from './data/metadata-lines.json' with { type: 'json' };
import { looksLikeLabel, normPhrase, wordCount } from './shape.js';
import { caseless } from '../text/index.js';

const connector = String.raw`(?:(?:${meta.dateConnectors.join('|')})\s+)?`;
/** Shape of a written date with a year ("February 4, 2026", "4 Feb 2026", "20 de octubre de 2025", "2026-02-04", "20.10.2025"); callers parse it. */
export const DATE_SHAPE = String.raw`(?:\p{L}{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th|er|\.)?\s+${connector}\p{L}{3,10}\.?,?\s+${connector}\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{4})`;
const collective = meta.bylineCollectiveWords.map((w) => w.replace(/\s+/g, String.raw`\s+`)).join('|');
// "Jane Roe", "Jon Ek and Ana Vik", "Meridian staff"
const NAME_SHAPE = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|de|da|del|van|von|bin|ibn|al|el|la|le|du)){0,5}(?:\s+(?:${collective}))?`;
// a time after a date: "11:52 GMT", "at 3.15 p.m.", "15:10 +03:00"
const TIME_SHAPE = String.raw`(?:\p{L}{1,3}\s+)?\d{1,2}[:.h]\d{2}(?:\s*(?:[ap]\.?m\.?|\p{Lu}{2,5}|[+-]\d{1,2}(?::?\d{2})?))*`;
const DATE_LINE = new RegExp(String.raw`^(?:\p{L}+,\s+)?(?<date>${DATE_SHAPE})(?:\s*[,|•·]?\s*${TIME_SHAPE})?$`, 'u');
const DATE_IN = new RegExp(DATE_SHAPE, 'u');
const updatedPrefix = caseless(meta.updatedPrefix);
const promotionVerbs = meta.promotionVerbs.map((v) => v.replace(/\s+/g, String.raw`\s+`)).join('|');
const PROMOTION_TAIL = caseless(String.raw`^\s+(?:${promotionVerbs}|[–—:-])\s`);

const bylinePatterns = meta.bylinePatterns.map(
  (p) => new RegExp(p.replace('DATE', DATE_SHAPE).replace('NAME', NAME_SHAPE), 'u'),
);
const nameStop = new Set(meta.nameWordStop);
const publishedMarkers = meta.publishedMarkers;
const sourcePatterns = meta.sourcePrefixes.map((prefix) => {
  // a one-word prefix ("Source") needs a separator, a phrase ("Originally published by") does not
  const gap = prefix.includes(' ') ? String.raw`(?:\s*[:–—-]\s*|\s+)` : String.raw`\s*[:–—-]\s*`;
  return caseless(`^${prefix}${gap}(?<rest>.+)$`);
});
const outletCutters = meta.outletCutters.map((p) => new RegExp(p, 'u'));
const selfPromotion = meta.selfPromotion.map((p) => caseless(p));

export interface BylineLine {
  author: string | null;
  /** the date as written, unparsed */
  date: string | null;
  /** false for "Updated …" lines, whose date is not the publication date */
  dateIsPublication: boolean;
}

/** "In Section by Author February 4, 2026", "By Jane Roe | Published 4 Feb 2026", "Published: …" lines. */
export function parseByline(line: string): BylineLine | null {
  const text = line.trim();
  if (wordCount(text) > 16) return null;
  for (const pattern of bylinePatterns) {
    const groups = pattern.exec(text)?.groups;
    if (!groups) continue;
    const author = groups.author?.trim() ?? null;
    if (author?.split(/\s+/).some((w) => nameStop.has(w.toLowerCase()))) continue;
    if (groups.rest !== undefined) return { author, ...bylineDate(groups.rest) };
    const head = text.split(/[\s:]/)[0].toLowerCase();
    const dateIsPublication = author !== null || publishedMarkers.includes(head);
    return { author, date: groups.date?.trim() ?? null, dateIsPublication };
  }
  return null;
}

/** The date part after "By Author |": "Published 4 May 2025, 10:00" counts, "Updated …" does not. */
function bylineDate(rest: string): Omit<BylineLine, 'author'> {
  const parts = rest.split(/\s*[|•·]\s*/).filter((part) => DATE_IN.test(part));
  const published = parts.find((part) => !updatedPrefix.test(part));
  if (published) return { date: published.trim(), dateIsPublication: true };
  return { date: parts[0]?.trim() ?? rest.trim(), dateIsPublication: false };
}

/** The date of a line that is only a date, perhaps with a weekday and a time ("Monday, 4 May 2025, 10:15 GMT"); as written. */
export function parseDateLine(line: string): string | null {
  return DATE_LINE.exec(line.trim())?.groups?.date ?? null;
}

/** The outlet named by a closing "Source: X" / "Originally published by X" line, as written. */
export function parseSourceLine(line: string): string | null {
  const text = line.trim();
  for (const pattern of sourcePatterns) {
    const rest = pattern.exec(text)?.groups?.rest;
    if (!rest) continue;
    let outlet = rest;
    for (const cutter of outletCutters) {
      const at = outlet.search(cutter);
      if (at > 0) outlet = outlet.slice(0, at);
    }
    outlet = outlet.replace(/[.\s]+$/, '').trim();
    const words = wordCount(outlet);
    if (words >= 1 && words <= 6 && /^[\p{Lu}\p{N}]/u.test(outlet)) return outlet;
  }
  return null;
}

export interface SelfPromotion {
  /** the site name as written, or null when none was found */
  outlet: string | null;
  /** indexes (into the given lines) of the promotion lines */
  lines: number[];
}

/** Outlet self-promotion at the end of a page: "X – Your News Portal", "More News on X", a name line followed by "X is …"; `knownOutlet` (a masthead) counts as found. */
export function findSelfPromotion(lines: string[], knownOutlet: string | null = null): SelfPromotion {
  const filled = lines.flatMap((line, i) => (line.trim() ? [i] : []));
  const tail = filled.slice(-meta.selfPromotionTail);
  const found = new Map<number, string>();
  tail.forEach((i, k) => {
    const text = lines[i].trim();
    for (const pattern of selfPromotion) {
      const outlet = pattern.exec(text)?.groups?.outlet;
      if (outlet) found.set(i, outlet.trim());
    }
    const next = tail[k + 1];
    if (next !== undefined && looksLikeLabel(text, 4) && startsWithName(lines[next], text)) {
      found.set(i, text);
      found.set(next, text);
    }
  });
  const outlet = found.size ? [...found.entries()].sort((a, b) => a[0] - b[0])[0][1] : knownOutlet;
  if (outlet) {
    // lone "<Outlet>" or "<Outlet> is …" lines belong to the same promotion
    for (const i of tail) {
      const text = lines[i].trim();
      if (normPhrase(text) === normPhrase(outlet) || startsWithName(text, outlet)) found.set(i, outlet);
    }
  }
  return { outlet: found.size ? outlet : null, lines: [...found.keys()].sort((a, b) => a - b) };
}

function startsWithName(line: string, name: string): boolean {
  const text = line.trim();
  return (
    text.length > name.length &&
    text.toLowerCase().startsWith(name.toLowerCase()) &&
    PROMOTION_TAIL.test(text.slice(name.length)) &&
    wordCount(text) <= 60
  );
}
