import { describe, expect, it } from 'vitest';
import { normLine, normPhrase, wordCount } from './shape.js';

describe('line shapes', () => {
  it('counts words across every kind of whitespace', () => {
    const lines = ['', '   ', 'one', '  two words ', 'tab\tseparated\nand new line', 'no\u00a0break space', 'thin\u2009space and\u3000ideographic', '\ufeffmarked start'];
    for (const line of lines) {
      const words = line.trim().split(/\s+/);
      expect(wordCount(line), JSON.stringify(line)).toBe(words[0] === '' ? 0 : words.length);
    }
  });

  it('normalises lines the same whether or not they were seen before', () => {
    for (const line of ['  Share  THIS  ', 'ＦＵＬＬ　ｗｉｄｔｈ', 'ﬁnal ofﬁce', 'Café  Noir']) {
      const first = normLine(line);
      expect(first).toBe(line.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim());
      expect(normLine(line)).toBe(first);
    }
    expect(normPhrase('Comments (3)')).toBe('comments');
    expect(normPhrase('Read more »')).toBe('read more');
  });
});
