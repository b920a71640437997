import { franc } from 'franc';
import iso6393to1 from './data/languages.json' with { type: 'json' };

const toIso1: Record<string, string> = iso6393to1;
// franc is unreliable on short strings; below this many characters the language is "und"
const MIN_CHARS = 50;

/** ISO 639-1 code of the text's language, or "und" when the text is too short or the language unmapped. */
export function detectLanguage(text: string): string {
  const code = franc(text, { minLength: MIN_CHARS });
  return toIso1[code] ?? 'und';
}
