#!/usr/bin/env node
// Builds src/lang/data/cldr-dates.json: the date vocabulary of every language the language detector names
// (src/ingest/data/languages.json), read from the Unicode CLDR data that Node's ICU carries: month names (standalone,
// in a date, abbreviated, and the spellings of every region where they differ, such as Levantine "أيلول" beside
// "سبتمبر"), weekday names, the words for yesterday/today/tomorrow, "last year"-style periods and "N days ago"
// templates. Languages whose module (src/lang/<lang>/data.json) has an in-text date grammar use that; the others use
// this file, so that a Hindi, Italian or Turkish article gets its dates read without a word list of ours.
// Usage: node scripts/lang-cldr.mjs [--check]   (--check: exit 1 when the committed file differs from what this builds)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'src/lang/data/cldr-dates.json');
const detected = JSON.parse(readFileSync(join(root, 'src/ingest/data/languages.json'), 'utf8'));
const languages = [...new Set(Object.values(detected).filter((v) => typeof v === 'string' && /^[a-z]{2,3}$/.test(v)))].sort();
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const REGIONS = [...LETTERS].flatMap((a) => [...LETTERS].map((b) => a + b));
const UNITS = ['day', 'week', 'month', 'year'];
const at = (month, day) => new Date(Date.UTC(2025, month, day, 12));
const lower = (s, lang) => s.toLocaleLowerCase(lang).replace(/\.$/, '').trim();
const hasDigit = (s) => /\p{N}/u.test(s);

/** Whether ICU has data of its own for the language (not a fallback to the root locale). */
function supported(lang) {
  const [found] = Intl.DateTimeFormat.supportedLocalesOf([lang], { localeMatcher: 'lookup' });
  if (!found) return false;
  // the root locale's month names are "M09": a language ICU does not know gives those
  return !/^M\d+$/.test(new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(at(8, 1)));
}

/** The locales of a language: the language itself and each of its regional variants whose month names differ. */
function localesOf(lang) {
  const base = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(at(8, 1));
  const out = [lang];
  const seen = new Set([base]);
  for (const r of REGIONS) {
    const tag = `${lang}-${r}`;
    let name;
    try {
      if (new Intl.Locale(tag).maximize().language !== lang) continue;
      name = new Intl.DateTimeFormat(tag, { month: 'long', timeZone: 'UTC' }).format(at(8, 1));
    } catch {
      continue;
    }
    if (!seen.has(name)) {
      seen.add(name);
      out.push(tag);
    }
  }
  return out;
}

const part = (parts, type) => parts.find((p) => p.type === type)?.value;

function months(lang, locales) {
  const names = {};
  const abbreviations = {};
  for (const loc of locales) {
    for (let m = 0; m < 12; m++) {
      for (const style of ['long', 'short']) {
        const standalone = new Intl.DateTimeFormat(loc, { month: style, timeZone: 'UTC' }).format(at(m, 15));
        const inDate = part(new Intl.DateTimeFormat(loc, { day: 'numeric', month: style, timeZone: 'UTC' }).formatToParts(at(m, 15)), 'month');
        for (const raw of [standalone, inDate]) {
          if (!raw || hasDigit(raw)) continue;
          const w = lower(raw, lang);
          if (!w) continue;
          if (style === 'long') names[w] = m + 1;
          else if (w.length >= 3 && !(w in names)) abbreviations[w] = m + 1;
        }
      }
    }
  }
  for (const w of Object.keys(abbreviations)) if (w in names) delete abbreviations[w];
  return { names, abbreviations };
}

function weekdays(lang) {
  const out = {};
  // 2025-08-31 was a Sunday
  for (let d = 0; d < 7; d++) {
    const day = at(7, 31 + d);
    const a = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(day);
    const b = part(new Intl.DateTimeFormat(lang, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).formatToParts(day), 'weekday');
    for (const raw of [a, b]) if (raw && !hasDigit(raw)) out[lower(raw, lang)] = d;
  }
  return out;
}

/** Phrases of one unit and offset ("yesterday", "last year"); a phrase that names two offsets (Hindi "कल") is dropped. */
function relativeWords(lang, units, offsets) {
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const found = new Map();
  for (const unit of units) {
    for (const n of offsets) {
      const s = rtf.format(n, unit);
      if (hasDigit(s)) continue;
      const w = lower(s, lang);
      found.set(w, found.has(w) ? null : [unit, n]);
    }
  }
  return [...found].filter(([, v]) => v !== null);
}

/** "N units ago" templates with {n} and {unit}, and the unit words, where the language writes them as words apart. */
function ago(lang) {
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'always' });
  const templates = new Set();
  const units = {};
  for (const n of [1, 2, 3, 5, 11, 21, 100]) {
    const shapes = UNITS.map((unit) => {
      const parts = rtf.formatToParts(-n, unit);
      const i = parts.findIndex((p) => p.type === 'integer');
      if (i < 0 || parts.filter((p) => p.type === 'integer').length !== 1) return null;
      const before = parts.slice(0, i).map((p) => p.value).join('');
      const after = parts.slice(i + 1).map((p) => p.value).join('');
      return `${before}{n}${after}`.trim().split(/\s+/);
    });
    if (shapes.some((s) => !s) || new Set(shapes.map((s) => s.length)).size !== 1) continue;
    const length = shapes[0].length;
    const differing = [...Array(length).keys()].filter((k) => new Set(shapes.map((s) => s[k])).size > 1);
    if (differing.length !== 1 || shapes.some((s) => s[differing[0]].includes('{n}'))) continue;
    const k = differing[0];
    templates.add(shapes[0].map((t, j) => (j === k ? '{unit}' : t)).join(' ').toLocaleLowerCase(lang));
    shapes.forEach((s, u) => {
      units[lower(s[k], lang)] = UNITS[u];
    });
  }
  return { templates: [...templates], units };
}

/** What the language writes between day and month, and between month and year, as patterns; null when the month comes first. */
function joins(lang) {
  const parts = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatToParts(at(8, 1));
  const order = parts.filter((p) => p.type !== 'literal').map((p) => p.type).join(' ');
  if (order !== 'day month year') return null;
  const literal = (a, b) => {
    const i = parts.findIndex((p) => p.type === a);
    const j = parts.findIndex((p) => p.type === b);
    return parts.slice(i + 1, j).map((p) => p.value).join('');
  };
  const asPattern = (s) => {
    const words = s.trim().split(/\s+/).filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return words.length ? `\\s*${words.join('\\s+')}\\s+` : /\S/.test(s) ? '\\s*' : '\\s+';
  };
  const dm = literal('day', 'month');
  const my = literal('month', 'year');
  const tail = parts.slice(parts.findIndex((p) => p.type === 'year') + 1).map((p) => p.value).join('').trim();
  return {
    dayOrdinal: /^\.\s*$/.test(dm) ? '\\.' : '',
    dayMonthJoin: /^\.\s*$/.test(dm) ? '\\s*' : asPattern(dm),
    monthYearJoin: asPattern(my),
    yearSuffix: tail ? `(?:\\s*${tail.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})?` : '',
  };
}

// languages with a vocabulary of our own keep it: one place per piece of knowledge
const curated = (lang) => {
  const file = join(root, `src/lang/${lang}/data.json`);
  return lang === 'en' || (existsSync(file) && Boolean(JSON.parse(readFileSync(file, 'utf8')).textDates));
};
const vocabularies = {};
for (const lang of languages) {
  if (curated(lang) || !supported(lang)) continue;
  const { names, abbreviations } = months(lang, localesOf(lang));
  if (Object.keys(names).length < 12) continue;
  const j = joins(lang);
  const { templates, units } = ago(lang);
  const dayWords = Object.fromEntries(relativeWords(lang, ['day'], [-2, -1, 0, 1, 2]).map(([w, [, n]]) => [w, n]));
  const periods = Object.fromEntries(relativeWords(lang, ['week', 'month', 'year'], [-1, 0]));
  vocabularies[lang] = {
    months: names,
    monthAbbreviations: abbreviations,
    weekdays: weekdays(lang),
    weekdayGlued: [],
    partsOfDay: [],
    weekdayBefore: {},
    weekdayAfter: {},
    dayWords,
    anaphoricDays: {},
    periods,
    ago: templates,
    units,
    numberWords: {},
    // a language whose dates put the month first (or use no month words) gets only the "month year" pattern: (?!) never matches
    dayOrdinal: j?.dayOrdinal ?? '',
    dayMonthJoin: j?.dayMonthJoin ?? '(?!)',
    monthYearJoin: j?.monthYearJoin ?? '\\s+',
    yearSuffix: j?.yearSuffix ?? '',
    numericCues: [],
  };
}

const json = `${JSON.stringify({ _doc: `Date vocabularies built by scripts/lang-cldr.mjs from Unicode CLDR ${process.versions.cldr ?? ''} (Node ${process.version}, ICU ${process.versions.icu}); do not edit by hand`, vocabularies }, null, 1)}\n`;
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(out, 'utf8');
  } catch {}
  const strip = (s) => s.replace(/"_doc": "[^"]*"/, '');
  if (strip(committed) !== strip(json)) {
    console.error(`lang-cldr: ${out} differs from what this Node's CLDR builds; run node scripts/lang-cldr.mjs`);
    process.exit(1);
  }
  console.log(`lang-cldr: ${out} is current (${Object.keys(vocabularies).length} languages)`);
} else {
  writeFileSync(out, json);
  console.log(`lang-cldr: wrote ${Object.keys(vocabularies).length} languages to ${out}`);
}
