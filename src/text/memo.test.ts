import { describe, expect, it } from 'vitest';
import { memo } from './memo.js';

describe('memo', () => {
  it('answers repeats from the cache, null results included, and stays bounded', () => {
    let calls = 0;
    const f = memo((s: string) => {
      calls++;
      return s.startsWith('x') ? null : s.length;
    }, 3);
    expect([f('ab'), f('ab'), f('x'), f('x')]).toEqual([2, 2, null, null]);
    expect(calls).toBe(2);
    f('c');
    f('d');
    expect(f('ab')).toBe(2);
    expect(calls).toBe(5);
  });

  it('caches an undefined answer too', () => {
    let calls = 0;
    const f = memo((s: string): number | undefined => {
      calls++;
      return s ? s.length : undefined;
    });
    expect([f(''), f(''), f('abc'), f('abc')]).toEqual([undefined, undefined, 3, 3]);
    expect(calls).toBe(2);
  });
});
