// Event dates reasoned across documents: when no document dates an event by itself, a weekday ("late Sunday",
// "у неділю") or a day without its year ("31/8") is placed by the dates of the documents that report it, and a
// statement or action no sentence dates takes the date of its earliest report (the story's middle day when every
// report is undated). Every date says how it was reached.
import { addDays, type Day, daysBetween, isoDay, makeDay, parseIsoDay } from '../annotate/dates-calendar.js';
import type { EventMention } from '../claims/index.js';
import type { DateInfo } from './events.js';

/** The dates the documents of a story give themselves (publication, else a full date they state first). */
export interface StoryDates {
  /** the median of the documents' dates, or null when no document has one */
  reference: string | null;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function storyDates(all: EventMention[]): StoryDates {
  const byDoc = new Map<string, string>();
  for (const m of all) if (m.docDate && !byDoc.has(m.doc)) byDoc.set(m.doc, m.docDate.value);
  const sorted = [...byDoc.values()].sort();
  return { reference: sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null };
}

const docList = (docs: Iterable<string>) => [...new Set(docs)].join(', ');

/** The most told value among the mentions that give one, with the documents that tell it. */
function majority<T>(items: { key: string; value: T; doc: string }[]): { value: T; docs: string[] } | null {
  const groups = new Map<string, { value: T; docs: Set<string> }>();
  for (const it of items) {
    const g = groups.get(it.key) ?? { value: it.value, docs: new Set<string>() };
    g.docs.add(it.doc);
    groups.set(it.key, g);
  }
  const top = [...groups.values()].sort((a, b) => b.docs.size - a.docs.size)[0];
  return top ? { value: top.value, docs: [...top.docs] } : null;
}

/** The year that puts a month and day nearest a reference day. */
function nearestYear(md: { month: number; day: number }, ref: Day): Day | null {
  const options = [ref.year - 1, ref.year, ref.year + 1].map((y) => makeDay(y, md.month, md.day)).filter((d): d is Day => d !== null);
  return options.sort((a, b) => Math.abs(daysBetween(ref, a)) - Math.abs(daysBetween(ref, b)))[0] ?? null;
}

/**
 * A date for an event no document dates by itself, or null. `best` is the weak date the documents give (a relative
 * date carried over from a neighbouring sentence), kept when nothing better is found.
 */
export function datedAcross(mentions: EventMention[], infos: DateInfo[], story: StoryDates, best: { value: string; strength: number } | null): { value: string; reason: string } | null {
  const reports = mentions.filter((m) => m.docDate).sort((a, b) => (a.docDate!.value < b.docDate!.value ? -1 : 1));
  const earliest = reports[0];
  const bound = earliest ? parseIsoDay(earliest.docDate!.value) : null;
  const ref = story.reference ? parseIsoDay(story.reference) : null;
  const monthDay = majority(
    infos.flatMap((i, k) => (i.monthDay && !i.value ? [{ key: `${i.monthDay.month}-${i.monthDay.day}`, value: { md: i.monthDay, phrase: i.phrase ?? '' }, doc: mentions[k].doc }] : [])),
  );
  const yearFrom = bound ?? ref;
  if (monthDay && yearFrom) {
    const day = nearestYear(monthDay.value.md, yearFrom);
    if (day) {
      const from = bound ? `the date of ${earliest?.doc}, ${earliest.docDate!.value}` : `the documents' dates (median ${story.reference})`;
      return { value: isoDay(day), reason: `${docList(monthDay.docs)} gives "${monthDay.value.phrase}" without a year; the year is the one nearest ${from}` };
    }
  }
  const weekday = majority(
    infos.flatMap((i, k) => (i.weekdayNumber !== undefined && i.weekdayNumber >= 0 && !i.value ? [{ key: String(i.weekdayNumber), value: i.weekdayNumber, doc: mentions[k].doc }] : [])),
  );
  if (weekday && (bound || ref)) {
    const name = WEEKDAYS[weekday.value];
    if (bound) {
      const back = (new Date(Date.UTC(bound.year, bound.month - 1, bound.day)).getUTCDay() - weekday.value + 7) % 7;
      const day = addDays(bound, -back);
      return {
        value: isoDay(day),
        reason: `${docList(weekday.docs)} say ${name}: the ${name} on or before ${earliest.docDate!.value}, the date of ${earliest.doc}, the earliest document that reports it`,
      };
    }
    if (ref) {
      const fwd = (weekday.value - new Date(Date.UTC(ref.year, ref.month - 1, ref.day)).getUTCDay() + 7) % 7;
      const day = addDays(ref, fwd <= 3 ? fwd : fwd - 7);
      return { value: isoDay(day), reason: `${docList(weekday.docs)} say ${name}: the ${name} nearest the documents' dates (median ${story.reference})` };
    }
  }
  if (best?.value) return null;
  const kind = mentions[0].kind;
  if (kind !== 'statement' && kind !== 'action') return null;
  // the latest day a report told before the statement, else the report's own date; the earliest of these
  const fallbacks = mentions
    .flatMap((m) => (m.contextDate ? [{ m, value: m.contextDate, how: 'context' }] : m.docDate ? [{ m, value: m.docDate.value, how: m.docDate.how }] : []))
    .sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  const first = fallbacks[0];
  // reported only by undated documents: the statement is taken as news of the story's middle day
  if (!first) return story.reference ? { value: story.reference, reason: `no sentence dates it and no document that reports it is dated; the middle day of the story's dated documents, ${story.reference}` } : null;
  return {
    value: first.value,
    reason:
      first.how === 'context'
        ? `no sentence dates it; ${first.m.doc} tells it after ${first.value}, the latest day its text gave before it`
        : `no sentence dates it; the earliest document that reports it, ${first.m.doc}, is dated ${first.value} (${first.how})`,
  };
}
