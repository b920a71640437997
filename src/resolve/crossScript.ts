import anyAscii from 'any-ascii';
import type { Annotations } from '../annotate/index.js';
import { sentenceAt } from '../annotate/sentences.js';
import type { Document, Mention } from '../types.js';
import { nameKey } from './keys.js';

// Scripts without capital letters: names there cannot be found by capitalisation, only by matching names found elsewhere.
const UNCASED = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
const WORD = /[\p{L}\p{M}]+/gu;
const ARABIC_ARTICLE = /^(?:ال|al-|el-)/u;

/**
 * A consonant key shared by Latin and Arabic spellings of a name word: the transliteration's consonants, with long-vowel
 * letters (w, y), hamza/ain marks, a final h (ta marbuta) and doubled letters dropped ("Sabra" and "صبرة" -> "sbr").
 */
export function consonantKey(word: string): string {
  return anyAscii(word.replace(ARABIC_ARTICLE, ''))
    .toLowerCase()
    .replace(/^(?:al|el)-/, '')
    .replace(/[^a-z]/g, '')
    .replace(/q/g, 'k')
    .replace(/kh/g, 'h')
    .replace(/[aeiouwy]/g, '')
    .replace(/(.)\1+/g, '$1')
    .replace(/(?<=.{2})h$/, '');
}

const nameWordsOf = (name: string) => name.split(/[\s\-\u2010-\u2015]+/).filter((w) => w && !/^(?:al|el)$/i.test(w));

/**
 * Finds, in documents written in uncased scripts (Arabic), the people named in Latin or Cyrillic elsewhere in the folder:
 * a run of words whose consonant keys equal a known full name's. Adds them as person mentions keyed to that name.
 */
export function projectKnownNames(documents: Document[], annotations: Annotations[]): Annotations[] {
  const known = new Map<string, string>();
  for (const a of annotations) {
    for (const m of a.mentions) {
      const words = nameWordsOf(m.name);
      if (m.type !== 'person' || words.length < 2 || UNCASED.test(m.name)) continue;
      const key = words.map(consonantKey);
      if (key.every((k) => k.length >= 1) && key.join('').length >= 5) known.set(key.join(' '), m.name);
    }
  }
  if (!known.size) return annotations;
  const lengths = [...new Set([...known.keys()].map((k) => k.split(' ').length))];
  return annotations.map((a, i) => {
    const doc = documents[i];
    if (!UNCASED.test(doc.text)) return a;
    const words = [...doc.text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length, key: consonantKey(m[0]) }));
    const added: Mention[] = [];
    for (let w = 0; w < words.length; w++) {
      for (const n of lengths) {
        const run = words.slice(w, w + n);
        if (run.length < n || run.some((r) => !r.key)) continue;
        const latin = known.get(run.map((r) => r.key).join(' '));
        if (!latin) continue;
        const start = run[0].start;
        const end = run[n - 1].end;
        if (added.some((m) => m.start < end && start < m.end)) continue;
        const text = doc.text.slice(start, end);
        added.push({ doc: doc.id, start, end, text, name: text, key: nameKey(latin), type: 'person', sentence: sentenceAt(a.sentences, start), roles: [], rule: 'cross-script' });
      }
    }
    if (!added.length) return a;
    return { ...a, mentions: [...a.mentions, ...added].sort((x, y) => x.start - y.start) };
  });
}
