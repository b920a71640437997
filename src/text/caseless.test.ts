import { describe, expect, it } from 'vitest';
import { caseless } from './caseless.js';

describe('caseless', () => {
  it('keeps the u flag only for patterns that need it', () => {
    expect(caseless(String.raw`\b(?:met|talks with)\b`).flags).toBe('i');
    expect(caseless(String.raw`(?<![\p{L}])from\s+$`).flags).toBe('iu');
    expect(caseless(String.raw`\u{1F600}`).flags).toBe('iu');
    expect(caseless(String.raw`\bsaid\b`, 'g').flags).toBe('gi');
    expect(caseless(String.raw`\bsaid\b`, 'giu').flags).toBe('gi');
  });

  it('matches what the same pattern under iu matches, accents and capitals included', () => {
    const source = String.raw`\b(?:explosions?|blasts?)\s+(?:hit|struck)|\bété\b|\bdétonation\b`;
    const fast = caseless(source);
    const slow = new RegExp(source, 'iu');
    for (const text of ['Two EXPLOSIONS hit the depot', 'a blast struck', 'L’ÉTÉ dernier', 'Détonation', 'blasting struck', 'the explosion was heard']) {
      expect(fast.test(text)).toBe(slow.test(text));
    }
  });
});
