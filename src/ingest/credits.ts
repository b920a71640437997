import credits from './data/credits.json' with { type: 'json' };
import { knownOutlet, normaliseOutlet } from './outlets.js';

const words = credits.creditWords.join('|');
// "[Photo: Jane Roe via Reuters]", "(Image: J. Roe/AFP)", or a whole "Photo credit: …" line
const CREDIT = new RegExp(
  String.raw`[\[(]\s*(?:${words})\b\s*:?\s*([^\])]{1,160})[\])]|^\s*(?:${words})\b\s*:\s*(.{1,160})$`,
  'gimu',
);
const MAX_AGENCY_WORDS = 5;
// in "site.com/path" the slash separates a path, not photographer and agency
const URL_LIKE = /:\/\/|[\w-]+\.[a-z]{2,}\//i;

/** Agencies credited for photos or copy ("via Reuters", "Name/AFP"), normalised, in order of first appearance. */
export function findCredits(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(CREDIT)) {
    const agency = creditedAgency(match[1] ?? match[2]);
    if (agency && !found.includes(agency)) found.push(agency);
  }
  return found;
}

function creditedAgency(credit: string): string | null {
  const via = /\bvia\s+(.+)$/iu.exec(credit)?.[1];
  const slash = credit.includes('/') && !URL_LIKE.test(credit) ? credit.slice(credit.lastIndexOf('/') + 1) : undefined;
  const candidate = (via ?? slash ?? credit).replace(/[.,;:\s]+$/u, '').trim();
  if (!candidate || candidate.split(/\s+/).length > MAX_AGENCY_WORDS) return null;
  // a bare credit ("Photo: Jane Roe") names a photographer, not an agency, unless it is a known outlet
  if (via === undefined && slash === undefined) return knownOutlet(candidate);
  return normaliseOutlet(candidate);
}
