import { describe, expect, it } from 'vitest';
import { cutOffEnd, sentenceAt, splitSentences } from './sentences.js';

const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits paragraphs and sentences, keeping offsets exact', () => {
    const t = 'The port reopened on Monday. Crews returned.\n\nA second paragraph follows!';
    expect(texts(t)).toEqual(['The port reopened on Monday.', 'Crews returned.', 'A second paragraph follows!']);
  });
  it('does not split after ranks, titles and initials', () => {
    const t = 'Maj. Gen. Tomas Varga met Dr. Ines K. Holm in the capital. They spoke for an hour.';
    expect(texts(t)).toEqual(['Maj. Gen. Tomas Varga met Dr. Ines K. Holm in the capital.', 'They spoke for an hour.']);
  });
  it('splits after closing quotes', () => {
    const t = 'She said "we are ready." The talks ended.';
    expect(texts(t)).toEqual(['She said "we are ready."', 'The talks ended.']);
  });
  it("takes the document language's month abbreviations and its day written with a full stop from its module", () => {
    const de = (t: string) => splitSentences(t, 'de').map((s) => t.slice(s.start, s.end));
    expect(de('Die Brücke wurde am 5. März gesperrt. Sie bleibt zu.')).toEqual(['Die Brücke wurde am 5. März gesperrt.', 'Sie bleibt zu.']);
    expect(de('Die Brücke wurde im Okt. 2024 gesperrt. Sie bleibt zu.')).toEqual(['Die Brücke wurde im Okt. 2024 gesperrt.', 'Sie bleibt zu.']);
    // an English text keeps English rules: "Okt." is no abbreviation there
    expect(texts('The bridge closed in Okt. 2024 was rebuilt.')).toEqual(['The bridge closed in Okt.', '2024 was rebuilt.']);
  });
  it('finds the sentence of an offset', () => {
    const t = 'One two. Three four. Five.';
    const s = splitSentences(t);
    expect(sentenceAt(s, t.indexOf('Three'))).toBe(1);
    expect(sentenceAt(s, t.indexOf('Five'))).toBe(2);
  });
});

describe('cutOffEnd', () => {
  const cut = (t: string) => cutOffEnd(t, splitSentences(t));
  it('finds the end of an excerpt cut inside running prose, in any language, or on an ellipsis', () => {
    const en = 'The bridge opened in May. Traffic was diverted, according to the National Highway Auth';
    expect(cut(en)).toBe(en.length);
    const ru = 'Мост открыли в мае. Об этом сообщил глава администрации города Никола';
    expect(cut(ru)).toBe(ru.length);
    const fr = 'Le pont a rouvert. Les secours sont arrivés de Marseil…';
    expect(cut(fr)).toBe(fr.length - 1);
  });

  it('leaves alone a text that ends on punctuation or with a caption or short credit line', () => {
    expect(cut('The bridge opened in May.')).toBeNull();
    expect(cut('The bridge opened in May.\n\nPhoto: Harbour Daily')).toBeNull();
    expect(cut('Die Brücke ist offen. Quelle: abc Pressedienst')).toBeNull();
    expect(cut('The bridge opened in May.\nRead more')).toBeNull();
  });
});
