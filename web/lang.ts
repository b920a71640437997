import rtl from './data/right-to-left.json' with { type: 'json' };

export type Direction = 'ltr' | 'rtl' | 'auto';

const LANGUAGES = new Set(rtl.languages);
const SCRIPTS = new Set(rtl.scripts);

interface TextInfo {
  direction?: string;
}
type LocaleWithTextInfo = Intl.Locale & { getTextInfo?: () => TextInfo; textInfo?: TextInfo };

/** Whether a BCP 47 language tag ("ar", "ur-PK", "az-Arab") is written right to left; 'auto' when the tag names no language. */
export function direction(language: string | null | undefined): Direction {
  if (!language || language === 'und') return 'auto';
  let locale: LocaleWithTextInfo;
  try {
    locale = new Intl.Locale(language) as LocaleWithTextInfo;
  } catch {
    return 'auto';
  }
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
  if (locale.script) return SCRIPTS.has(locale.script) ? 'rtl' : 'ltr';
  return LANGUAGES.has(locale.language) ? 'rtl' : 'ltr';
}

/** The lang and dir attributes for text in a document's language; an undetermined language lets the browser judge the direction. */
export function inLanguage(language: string | null | undefined): { lang?: string; dir: Direction } {
  const dir = direction(language);
  return dir === 'auto' ? { dir } : { lang: language as string, dir };
}
