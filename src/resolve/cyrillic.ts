/**
 * Russian and Ukrainian case forms of a name word folded to one stem, for matching keys only: "Сумах", "Сумам", "Суми"
 * -> "сум"; "Ивановым", "Иванова", "Иванов" -> "иванов"; "Искандерами", "Искандеров" -> "искандер". Snowball's Russian
 * stemmer does not do this for names (it cuts "Иванов" to "иван" but "Ивановым" to "иванов"), and has no Ukrainian.
 */

// family names in -ов/-ев/-ин keep the suffix, whatever case ending follows it
const SURNAME = /^(\p{Script=Cyrillic}{2,}?(?:ов|ев|ёв|єв|ин|ын|їн))(?:а|у|ю|ым|им|ом|ем|е|ой|ою|ы|і|и|их|ых|ыми|ими)?$/u;
// case endings of nouns and adjectives, longest first
const ENDINGS = ['ами', 'ями', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ах', 'ях', 'ам', 'ям', 'ом', 'ем', 'ой', 'ей', 'ою', 'ею', 'ий', 'ый', 'ій', 'ая', 'яя', 'ое', 'ее', 'ых', 'их', 'ым', 'им', 'ов', 'ев', 'ью', 'у', 'ю', 'а', 'я', 'е', 'є', 'і', 'и', 'ы', 'ї', 'ь', 'й', 'о'];
const CYRILLIC_WORD = /^\p{Script=Cyrillic}+$/u;
const MIN_STEM = 3;

/** The word without its case ending (a family-name suffix kept unless `plain`); a Latin word comes back unchanged. */
export function cyrillicStem(word: string, plain = false): string {
  const w = word.toLowerCase();
  if (!CYRILLIC_WORD.test(w)) return word;
  const surname = plain ? null : SURNAME.exec(w);
  if (surname && surname[1].length >= MIN_STEM + 1) return surname[1];
  for (const e of ENDINGS) if (w.endsWith(e) && w.length - e.length >= MIN_STEM) return w.slice(0, -e.length);
  return w;
}

export const isCyrillic = (s: string): boolean => /\p{Script=Cyrillic}/u.test(s);

/**
 * A key that case forms and scripts share: each word's Cyrillic case ending cut, transliterated and folded (normWord),
 * then its final vowels dropped, so "Суми", "Сумах" and "Sumy" all read "sum", "Искандерами" and "Iskander" "iskander".
 * With `plain`, an -ов/-ев/-ин ending is cut like any other (a genitive plural, "Калибров", rather than a family name).
 */
export function stemKey(name: string, normWord: (w: string) => string, plain = false): string {
  return name
    .split(/[\s\-\u2010-\u2015\u2212]+/)
    .filter(Boolean)
    .map((w) => {
      const n = normWord(cyrillicStem(w.replace(/['’]s$/u, ''), plain));
      const cut = n.replace(/[aeiou]+$/, '');
      return cut.length >= 2 ? cut : n;
    })
    .join(' ');
}
