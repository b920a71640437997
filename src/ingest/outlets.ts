import agencyData from './data/agencies.json' with { type: 'json' };
import aliases from './data/outlet-aliases.json' with { type: 'json' };
import names from './data/outlet-names.json' with { type: 'json' };

const particles = new Set(names.leadingParticles);
const canonical = new Map<string, string>();
const agencies = new Set<string>();
const spellingsOf = new Map<string, string[]>();
for (const [name, spellings] of [...Object.entries(aliases), ...Object.entries(agencyData.agencies)]) {
  for (const spelling of [name, ...spellings]) canonical.set(aliasKey(spelling), name);
  spellingsOf.set(name, [...(spellingsOf.get(name) ?? []), ...spellings]);
}
for (const name of Object.keys(agencyData.agencies)) agencies.add(name);

/** Every written spelling of the news agencies in agencies.json, longest first (for credit patterns). */
export const AGENCY_SPELLINGS: string[] = Object.entries(agencyData.agencies)
  .flatMap(([name, spellings]) => [name, ...spellings])
  .sort((a, b) => b.length - a.length);

/** True when the name is one of the news agencies of agencies.json, under any spelling. */
export function isAgency(name: string): boolean {
  return agencies.has(normaliseOutlet(name));
}

// "news.example.co.uk" -> "example"; second-level labels that belong to the suffix
const SUFFIX_LABELS = new Set(names.domainSuffixLabels);

/**
 * The outlet a domain names: its canonical name when the alias list knows it ("apnews.com" -> "Associated Press"),
 * else the site's own label ("www.harbour-times.co.uk" -> "harbour-times"), which is how the scorer's folding meets "Harbour Times".
 */
export function outletFromDomain(host: string): string {
  const bare = host.toLowerCase().replace(/^www\./, '').replace(/[/.]+$/, '');
  const known = knownOutlet(bare);
  if (known) return known;
  const labels = bare.split('.');
  let end = labels.length - 1;
  while (end > 1 && SUFFIX_LABELS.has(labels[end - 1])) end--;
  return end > 0 ? labels[end - 1] : bare;
}

function aliasKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^(?:www\.)/, '')
    .replace(/[^\p{L}\p{N}.]+/gu, ' ')
    .trim();
}

/** Canonical spelling of a well-known outlet, or null when the name is not in the alias list. */
export function knownOutlet(name: string): string | null {
  return canonical.get(aliasKey(name)) ?? null;
}

/** The other spellings the outlet and agency tables give a canonical outlet name ("BBC" -> "би-би-си", "bbc.com", ...); [] for an unknown one. */
export function outletSpellings(canonicalName: string): string[] {
  return spellingsOf.get(canonicalName) ?? [];
}

/** Canonical spelling of a well-known outlet ("Aljazeera" -> "Al Jazeera"); unknown outlets come back as written, trimmed. */
export function normaliseOutlet(name: string): string {
  const written = name.replace(/\s+/g, ' ').trim();
  return knownOutlet(written) ?? written;
}

/** Same outlet under two spellings: one canonical name, a shortened name ("Meridian" / "Meridian News Agency") or initials ("MNA"). */
export function sameOutlet(a: string, b: string): boolean {
  const [short, long] = [a, b].map((name) => identifyingWords(normaliseOutlet(name))).sort((x, y) => x.length - y.length);
  if (!short.length) return false;
  if (short.every((w, i) => w === long[i])) return true;
  return short.length === 1 && long.length > 2 && short[0] === long.map((w) => w[0]).join('');
}

/** Outlet as a list of words, without leading particles ("The", "Al"). */
export function identifyingWords(name: string): string[] {
  const words = aliasKey(name).split(' ').filter((w) => w !== '');
  const first = words.findIndex((w) => !particles.has(w));
  return first < 0 ? [] : words.slice(first);
}

/** Short outlet names completed from the folder: "Meridian" -> "Meridian News Agency" when exactly one longer name there starts with it. */
export function fullOutletNames(names: string[]): Map<string, string> {
  const distinct = [...new Set(names)];
  const full = new Map<string, string>();
  for (const name of distinct) {
    const words = identifyingWords(name);
    const longer = distinct.filter((other) => {
      const otherWords = identifyingWords(other);
      return words.length > 0 && otherWords.length > words.length && words.every((w, i) => w === otherWords[i]);
    });
    if (longer.length === 1) full.set(name, longer[0]);
  }
  return full;
}
