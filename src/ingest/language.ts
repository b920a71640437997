import { franc } from 'franc';
import { ENGLISH } from '../lang/index.js';
import iso6393to1 from './data/languages.json' with { type: 'json' };

const toIso1: Record<string, string> = iso6393to1;
const KNOWN = Object.keys(toIso1);
// franc is unreliable on short strings; below this many characters the language is "und"
const MIN_CHARS = 50;
// a few paragraphs decide the language as well as the whole article, at a fraction of the cost
const SAMPLE_CHARS = 1000;
const FUNCTION_WORDS = new Set(ENGLISH.functionWords);
const { minWords, minShare } = ENGLISH.functionWordShare;
const WORD = /[a-z\u00c0-\u024f]+/gi;

/**
 * True when the sample reads as English by its share of English function words. Most inputs are English, and this
 * answers in a few microseconds where the trigram model takes about a millisecond; anything else goes to the model.
 */
export function looksEnglish(sample: string): boolean {
  let words = 0;
  let hits = 0;
  for (const [w] of sample.matchAll(WORD)) {
    words++;
    if (FUNCTION_WORDS.has(w.toLowerCase())) hits++;
  }
  // letters outside Latin script (Cyrillic, Arabic…) count against: a mixed text goes to the model
  const latin = sample.replace(/[^\p{L}]/gu, '').length;
  const ascii = sample.replace(/[^a-z\u00c0-\u024f]/gi, '').length;
  return words >= minWords && hits / words >= minShare && ascii >= 0.95 * latin;
}

/** ISO 639-1 code of the text's language, or "und" when the text is too short or the language unmapped. */
export function detectLanguage(text: string): string {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, text.lastIndexOf(' ', SAMPLE_CHARS) + 1 || SAMPLE_CHARS) : text;
  if (sample.length >= MIN_CHARS && looksEnglish(sample)) return 'en';
  // scoring only the languages we can name keeps franc fast (it otherwise ranks ~190 Latin-script languages)
  const code = franc(sample, { minLength: MIN_CHARS, only: KNOWN });
  return toIso1[code] ?? 'und';
}
