import { describe, expect, it } from 'vitest';
import { isCommonWord, isOrganizationWord, isSkipWord } from './lexicon.js';

describe('word lists', () => {
  it('read a word in any case and without a trailing possessive, straight, curly or the modifier letter', () => {
    expect(isCommonWord('Harbour')).toBe(true);
    expect(isCommonWord("harbour's")).toBe(true);
    expect(isCommonWord('HARBOUR’S')).toBe(true);
    // only a final possessive goes: "'s" inside a word or a lone "s" stays
    expect(isCommonWord("harbour'sx")).toBe(false);
    expect(isSkipWord('Monday')).toBe(true);
    expect(isSkipWord("Monday's")).toBe(true);
    expect(isSkipWord('’s')).toBe(false);
    expect(isOrganizationWord('Ministry')).toBe(true);
    expect(isOrganizationWord('ministry’s')).toBe(true);
    // the modifier-letter apostrophe of Ukrainian typography (U+02BC)
    expect(isOrganizationWord('Ministryʼs')).toBe(true);
  });
});
