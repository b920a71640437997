import { franc } from 'franc';
import iso6393to1 from './data/languages.json' with { type: 'json' };

const toIso1: Record<string, string> = iso6393to1;
const KNOWN = Object.keys(toIso1);
// franc is unreliable on short strings; below this many characters the language is "und"
const MIN_CHARS = 50;
// a few paragraphs decide the language as well as the whole article, at a fraction of the cost
const SAMPLE_CHARS = 1000;

/** ISO 639-1 code of the text's language, or "und" when the text is too short or the language unmapped. */
export function detectLanguage(text: string): string {
  // scoring only the languages we can name keeps franc fast (it otherwise ranks ~190 Latin-script languages)
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, text.lastIndexOf(' ', SAMPLE_CHARS) + 1 || SAMPLE_CHARS) : text;
  const code = franc(sample, { minLength: MIN_CHARS, only: KNOWN });
  return toIso1[code] ?? 'und';
}
