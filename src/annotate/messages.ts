// What annotation says about a document beyond what it found: dates it could not read as written, dates it read one
// way of two, figures read with rules that are not the document language's own.
import { languageModule, monthNames } from '../lang/index.js';
import type { DateMention, Document, Message } from '../types.js';
import { hasNumberData } from './numbers-intl.js';

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

const dayBefore = new Map<string, RegExp>();

/** "31 June", "31. Juni", "30 de junio", "31st June": a day number (with the language's ordinal suffix and date connector) right before a month read without its day. */
function dayBeforeMonth(language: string): RegExp {
  let re = dayBefore.get(language);
  if (!re) {
    const en = languageModule('en');
    const m = languageModule(language) ?? en;
    const suffixes = [...new Set([...(m?.ordinalSuffixes ?? []), ...(en?.ordinalSuffixes ?? [])])].map(escapeRe).join('|');
    const connectors = (m?.dateConnectors ?? []).map(escapeRe).join('|');
    re = new RegExp(`(?<![\\p{N}])(\\p{N}{2})(?:${suffixes})?\\.?\\s+${connectors ? `(?:(?:${connectors})\\s+)?` : ''}$`, 'iu');
    dayBefore.set(language, re);
  }
  return re;
}
const monthFirst = new Map<string, RegExp>();

/** "February 30, 2025": a month name and a day number right before a year the reader read alone; the month is group 1, the day group 2. */
function monthFirstBefore(language: string): RegExp {
  let re = monthFirst.get(language);
  if (!re) {
    const forms = [...new Set([...(monthNames('en') ?? []), ...(monthNames(language) ?? [])].flat())].sort((a, b) => b.length - a.length);
    re = new RegExp(`(?<![\\p{L}])(${forms.map(escapeRe).join('|')})\\.?\\s+(\\p{N}{2})(?:st|nd|rd|th)?,?\\s*$`, 'iu');
    monthFirst.set(language, re);
  }
  return re;
}

/** The month number (1-12) of a written month form in English or the language. */
function monthOf(form: string, language: string): number | null {
  const f = form.toLowerCase();
  for (const names of [monthNames(language), monthNames('en')]) {
    const i = names?.findIndex((list) => list.includes(f)) ?? -1;
    if (i >= 0) return i + 1;
  }
  return null;
}

/**
 * A day the month does not have ("31 June 2025", "February 30, 2025"): the reader keeps only the month or the year, and
 * the message says so. Only dates read to the month or the year are looked at.
 */
function impossibleDays(doc: Document, dates: DateMention[]): Message[] {
  const out: Message[] = [];
  for (const d of dates) {
    if (!d.value) continue;
    const before = doc.text.slice(Math.max(0, d.start - 24), d.start);
    let day: number | null = null;
    let month: number | null = null;
    let from = d.start;
    const monthLevel = /^(\d{4})-(\d{2})$/.exec(d.value);
    if (monthLevel) {
      const m = dayBeforeMonth(doc.language).exec(before);
      if (m) {
        day = Number(m[1]);
        month = Number(monthLevel[2]);
        from = d.start - m[0].length;
      }
    } else if (/^\d{4}$/.test(d.value)) {
      const m = monthFirstBefore(doc.language).exec(before);
      if (m) {
        day = Number(m[2]);
        month = monthOf(m[1], doc.language);
        from = d.start - m[0].length;
      }
    }
    const year = Number(d.value.slice(0, 4));
    // only 29, 30 and 31 can be a day some month lacks; a larger number before a month is no day ("killed 45 in June")
    if (day === null || month === null || day < 29 || day > 31 || day <= daysIn(year, month)) continue;
    const written = doc.text.slice(from, d.end);
    out.push({
      file: doc.path,
      rule: 'annotate/date-impossible',
      severity: 'warning',
      message: `${doc.path}: "${written}" (at ${from}) names a day the month does not have (${month}/${year} has ${daysIn(year, month)} days); it is read as ${d.value} only`,
      place: { start: from, end: d.end },
    });
  }
  return out;
}

/** "03/04/2025" in an English text: both numbers could be the month; the message gives the reading taken and the other. */
function ambiguousNumericDates(doc: Document, dates: DateMention[]): Message[] {
  if (doc.language !== 'en') return [];
  const out: Message[] = [];
  for (const d of dates) {
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(d.text);
    if (!m || !d.value || d.value.length !== 10) continue;
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a === b || a > 12 || b > 12) continue;
    const pad = (n: number) => String(n).padStart(2, '0');
    const other = d.value === `${m[3]}-${pad(b)}-${pad(a)}` ? `${m[3]}-${pad(a)}-${pad(b)}` : `${m[3]}-${pad(b)}-${pad(a)}`;
    out.push({
      file: doc.path,
      rule: 'annotate/date-ambiguous',
      severity: 'info',
      message: `${doc.path}: "${d.text}" (at ${d.start}) is read as ${d.value}; written the other way round (month and day swapped) it is ${other}`,
      place: { start: d.start, end: d.end },
    });
  }
  return out;
}

/** One message for a document in a language whose module has no number vocabulary: its figures are read with the English rules ("1.411" is then 1.411). */
function numbersReadAsEnglish(doc: Document): Message[] {
  if (doc.language === 'en' || !languageModule(doc.language) || hasNumberData(doc.language)) return [];
  return [
    {
      file: doc.path,
      rule: 'annotate/no-number-vocabulary',
      severity: 'info',
      message: `${doc.path}: the "${doc.language}" module has no number vocabulary; figures are read with the English rules (digit grouping, hedges, counted nouns), which may misread them`,
    },
  ];
}

/** What annotation says about one document's dates and figures, besides dates it could not place in time. */
export function annotationMessages(doc: Document, dates: DateMention[]): Message[] {
  return [...impossibleDays(doc, dates), ...ambiguousNumericDates(doc, dates), ...numbersReadAsEnglish(doc)];
}
