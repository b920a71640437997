import { sentenceBoundaries } from '../lang/index.js';
import type { Sentence } from '../types.js';

const escapeClass = (s: string): string => s.replace(/[\\\]^-]/g, '\\$&');
const enders = new Map<string, RegExp>();

/**
 * What ends a sentence in this language: ". ! ?" before a capital, a digit or a letter of a script without capitals
 * (Devanagari, Arabic), and the language's own stops ("।", "؟", from its module) before any word.
 */
function enderOf(language: string): RegExp {
  const hit = enders.get(language);
  if (hit) return hit;
  const stops = sentenceBoundaries(language).stops;
  const own = stops.length ? String.raw`|[${stops.map(escapeClass).join('')}]+["”’)\]»]*(?=\s+\S)` : '';
  const re = new RegExp(String.raw`[.!?]+["”’)\]]*(?=\s+["“‘([]?[\p{Lu}\p{Lo}\p{N}])${own}`, 'gu');
  enders.set(language, re);
  return re;
}

/**
 * Splits text into sentences: every line is a paragraph, and a paragraph splits at sentence punctuation followed by a
 * capital, and at the document language's own sentence stops. A full stop after an abbreviation (the English module's,
 * and the language's own, with its month abbreviations) or after an initial ends no sentence.
 */
export function splitSentences(text: string, language = 'en'): Sentence[] {
  const { abbreviations, monthsAfterDayStop: months } = sentenceBoundaries(language);
  const endRe = enderOf(language);
  const out: Sentence[] = [];
  const lineRe = /[^\n]+/g;
  for (let line = lineRe.exec(text); line; line = lineRe.exec(text)) {
    const base = line.index;
    const body = line[0];
    let start = 0;
    endRe.lastIndex = 0;
    for (let m = endRe.exec(body); m; m = endRe.exec(body)) {
      if (m[0].startsWith('.') && !m[0].startsWith('..')) {
        const before = /([\p{L}.]+)$/u.exec(body.slice(start, m.index))?.[1] ?? '';
        const word = before.toLowerCase();
        if (abbreviations.has(word) || /^\p{Lu}$/u.test(before)) continue;
        // "am 5. Oktober": a day written with its ordinal full stop before a month
        if (months.size && /(?<!\d)\d{1,2}$/.test(body.slice(start, m.index)) && months.has(/^\s*(\p{L}+)/u.exec(body.slice(m.index + m[0].length))?.[1].toLowerCase() ?? '')) continue;
      }
      const end = m.index + m[0].length;
      pushTrimmed(out, body, base, start, end);
      start = end;
    }
    pushTrimmed(out, body, base, start, body.length);
  }
  return out;
}

function pushTrimmed(out: Sentence[], body: string, base: number, start: number, end: number): void {
  while (start < end && /\s/.test(body[start])) start++;
  while (end > start && /\s/.test(body[end - 1])) end--;
  if (end > start) out.push({ start: base + start, end: base + end });
}

/** Index of the sentence containing offset, by binary search. */
export function sentenceAt(sentences: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= offset) lo = mid + 1;
    else if (sentences[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return Math.max(0, Math.min(lo, sentences.length - 1));
}

// "Photo: X", "Quelle: dts": a credit or caption line ends without punctuation and is whole
const LABEL_LINE = /^[\p{L} ]{1,20}:\s/u;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Where a text cut off mid-sentence stops: the excerpt of a page taken by length ends inside running prose ("… according
 * to the US Geological Su") without final punctuation, or on an ellipsis ("… and Vladimir Pu…"). A name that touches this
 * offset may be a fragment of a longer word. null when the text ends as a whole text does: on sentence punctuation, or
 * with a short caption or credit line ("Photo: Suspilne Sumy", "Read more").
 */
export function cutOffEnd(text: string, sentences: Sentence[]): number | null {
  const last = sentences[sentences.length - 1];
  if (!last) return null;
  const body = text.slice(last.start, last.end);
  const ellipsis = /(?:\.{3}|…)$/u.exec(body);
  if (ellipsis) return last.end - ellipsis[0].length;
  if (!/[\p{L}\p{N}]$/u.test(body) || LABEL_LINE.test(body)) return null;
  return (body.match(WORD)?.length ?? 0) >= 5 ? last.end : null;
}
