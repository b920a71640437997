import data from './data/ministries.json' with { type: 'json' };
import roles from './data/roles.json' with { type: 'json' };
import { countryOfWord } from './roles.js';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const formSource = (form: string) =>
  form
    .split(/\s+/)
    .map((w) => (w.endsWith('*') ? `${escapeRegExp(w.slice(0, -1))}\\p{L}*` : escapeRegExp(w)))
    .join('\\s+');

let compiled: [RegExp, string][] | undefined;

function patterns(): [RegExp, string][] {
  if (compiled) return compiled;
  const out: [RegExp, string][] = [];
  for (const [portfolio, phrases] of Object.entries(roles.portfolios)) {
    const p = `(?:${phrases.map(formSource).join('|')})`;
    // "Defence Ministry", "Ministry of Foreign Affairs", "Ministry of the Interior" after any country words
    out.push([new RegExp(`^(?:.*\\s)?(?:${p}\\s+ministry|ministry\\s+(?:of|for)\\s+(?:the\\s+)?${p})$`, 'iu'), portfolio]);
  }
  for (const [portfolio, forms] of Object.entries(data.forms)) {
    out.push([new RegExp(`^(?:.*\\s)?(?:${forms.map(formSource).join('|')})(?:\\s.*)?$`, 'iu'), portfolio]);
  }
  compiled = out;
  return out;
}

/** The portfolio of a ministry's name in any of the languages the data covers ("Минобороны" → defence); null otherwise. */
export function ministryPortfolio(name: string): string | null {
  const n = name.trim();
  // the acronyms in the data are written in capitals; a lower-case word of the same letters is not one
  for (const [re, portfolio] of patterns()) if (re.test(n) && !/^\p{Ll}+$/u.test(n)) return portfolio;
  return null;
}

const WORD_BEFORE = /([\p{L}’'ʼ.]+)\s*$/u;

/**
 * The key one ministry has in every language: "ministry:defence:RU" for "Russian Defense Ministry", "Минобороны России"
 * and "Russia’s Defense Ministry" (the country named in or just before the name); "ministry:defence:" when no country is
 * named. null when the name is no ministry's.
 */
export function ministryKey(name: string, textBefore: string): string | null {
  const portfolio = ministryPortfolio(name);
  if (!portfolio) return null;
  const words = name.split(/\s+/);
  const before = WORD_BEFORE.exec(textBefore.slice(-40))?.[1];
  const country = words.map((w) => countryOfWord(w)).find(Boolean) ?? (before ? countryOfWord(before) : null) ?? '';
  return `ministry:${portfolio}:${country}`;
}

/** A mention key made by ministryKey ("org:ministry:defence:RU", or "ministry:defence:" without a country), read back; null for any other key. */
export function parseMinistryKey(key: string | undefined | null): { portfolio: string; country: string } | null {
  const k = /^(?:org:)?ministry:([^:]+):(.*)$/.exec(key ?? '');
  return k ? { portfolio: k[1], country: k[2] } : null;
}

const HYPHEN_OR_SPACE = '[\\s\\-\\u2010-\\u2013]+';
const LEFT = '(?<![\\p{L}\\p{N}])';
// a possessive's modifier apostrophe ("Defense Ministryʼs") is a letter to Unicode, not to a name
const RIGHT = '(?![\\p{L}\\p{N}](?<!ʼ))';
let searches: RegExp[] | undefined;

/** The ministry names of the data as search patterns: capitals-only forms as written, the rest in any case. */
function searchPatterns(): RegExp[] {
  if (searches) return searches;
  const portfolios = Object.values(roles.portfolios).flat().map(formSource);
  const p = `(?:${portfolios.sort((a, b) => b.length - a.length).join('|')})`;
  const forms = Object.values(data.forms).flat();
  const caps = forms.filter((f) => f === f.toUpperCase());
  const rest = forms.filter((f) => f !== f.toUpperCase());
  const alt = (xs: string[]) => xs.sort((a, b) => b.length - a.length).map((f) => formSource(f).replace(/\\s\+/g, HYPHEN_OR_SPACE)).join('|');
  searches = [
    new RegExp(`${LEFT}(?:${p}${HYPHEN_OR_SPACE}ministry|ministry\\s+(?:of|for)\\s+(?:the\\s+)?${p}|${alt(rest)})${RIGHT}`, 'giu'),
    new RegExp(`${LEFT}(?:${alt(caps)})${RIGHT}`, 'gu'),
  ];
  return searches;
}

/** Ministries the text names, in any case ("the interior ministry", "ministère de l'Intérieur", "Минобороны"). Pure. */
export function findMinistries(text: string): { start: number; end: number; text: string }[] {
  const found: { start: number; end: number; text: string }[] = [];
  for (const re of searchPatterns()) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!found.some((f) => f.start < end && start < f.end)) found.push({ start, end, text: m[0] });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const nationalBodies = new Set(data.nationalBodies);

/** Whether a portfolio is a country's one national body (a national police), not a ministry. */
export const isNationalBody = (portfolio: string): boolean => nationalBodies.has(portfolio);
