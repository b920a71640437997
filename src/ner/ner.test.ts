import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { iob2FromSpans, parseConll, scoreSpans, spansFromIob } from './conll.js';
import { allowed, bilouFromSpans, defaultModel, NerModel, TAGS } from './model.js';
import { textSentences } from './text.js';
import { nerTokenize } from './tokenize.js';
import { train } from './train.js';

const SAMPLE = `-DOCSTART- -X- O O

Anna NNP I-NP I-PER
Berglund NNP I-NP I-PER
visited VBD I-VP O
Tromso NNP I-NP I-LOC
. . O O

-DOCSTART- -X- O O

Kestrel NNP I-NP I-ORG
Mining NNP I-NP I-ORG
hired VBD I-VP O
Anna NNP I-NP B-PER
Ruiz NNP I-NP I-PER
`;

describe('CoNLL reading and scoring', () => {
  it('reads documents and sentences, and spans from IOB1 and IOB2 alike', () => {
    const docs = parseConll(SAMPLE);
    expect(docs).toHaveLength(2);
    expect(docs[0].sentences[0].words).toEqual(['Anna', 'Berglund', 'visited', 'Tromso', '.']);
    expect(spansFromIob(docs[0].sentences[0].tags)).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
    ]);
    // IOB1 "B-" where two entities of one type touch
    expect(spansFromIob(['I-PER', 'B-PER', 'I-PER'])).toEqual([
      { start: 0, end: 1, type: 'PER' },
      { start: 1, end: 3, type: 'PER' },
    ]);
    expect(iob2FromSpans(spansFromIob(['I-ORG', 'I-ORG', 'O', 'I-LOC']), 4)).toEqual(['B-ORG', 'I-ORG', 'O', 'B-LOC']);
    expect(spansFromIob(['B-LOC', 'L-LOC', 'U-PER'])).toEqual([
      { start: 0, end: 2, type: 'LOC' },
      { start: 2, end: 3, type: 'PER' },
    ]);
  });

  it('counts an entity only when span and type match', () => {
    const s = scoreSpans([
      { gold: [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }], predicted: [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'ORG' }] },
    ]);
    expect(s.overall.correct).toBe(1);
    expect(s.overall.precision).toBe(0.5);
    expect(s.byType.LOC.recall).toBe(0);
    expect(s.byType.PER.f1).toBe(1);
  });
});

describe('BILOU tags', () => {
  it('encodes spans and allows only well-formed sequences', () => {
    expect(bilouFromSpans([{ start: 0, end: 3, type: 'ORG' }, { start: 4, end: 5, type: 'LOC' }], 5)).toEqual(['B-ORG', 'I-ORG', 'L-ORG', 'O', 'U-LOC']);
    const id = (t: string) => TAGS.indexOf(t);
    expect(allowed(id('B-PER'), id('L-PER'))).toBe(true);
    expect(allowed(id('B-PER'), id('L-ORG'))).toBe(false);
    expect(allowed(id('O'), id('I-LOC'))).toBe(false);
    expect(allowed(-1, id('U-MISC'))).toBe(true);
  });
});

describe('plain-text tokens', () => {
  it('follows CoNLL conventions and keeps offsets', () => {
    const text = "Mr. J. Okafor of the U.S. Navy said Lagos's port wasn't shut.";
    const toks = nerTokenize(text);
    expect(toks.map((t) => t.text)).toEqual(['Mr.', 'J.', 'Okafor', 'of', 'the', 'U.S.', 'Navy', 'said', 'Lagos', "'s", 'port', 'was', "n't", 'shut', '.']);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('training and tagging', () => {
  it('learns from a tiny corpus and survives serialization', () => {
    const docs = parseConll(SAMPLE.repeat(3));
    const model = train(docs, { epochs: 4, minCount: 1, prune: 0, seed: 1 });
    const back = NerModel.deserialize(model.serialize());
    const tags = back.tagDocument([['Anna', 'Berglund', 'visited', 'Tromso', '.']]);
    expect(spansFromIob(tags[0])).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
    ]);
  });

  it('the committed model tags people, organizations and places in invented sentences', () => {
    const model = defaultModel();
    expect(model).not.toBeNull();
    const words = ['Maria', 'Lindqvist', ',', 'chief', 'executive', 'of', 'Nordhavn', 'Shipping', 'Corp', ',', 'arrived', 'in', 'Stockholm', 'on', 'Monday', '.'];
    const spans = spansFromIob(model!.tagDocument([words])[0]).map((s) => `${words.slice(s.start, s.end).join(' ')}/${s.type}`);
    expect(spans).toContain('Maria Lindqvist/PER');
    expect(spans).toContain('Stockholm/LOC');
    expect(spans).toContain('Nordhavn Shipping Corp/ORG');
  });

  it('the compiled tagger gives the tags and margins of the string-feature tagger, to the bit, on the bundled examples', () => {
    const model = defaultModel()!;
    const root = join(import.meta.dirname, '..', '..', 'examples');
    let tokens = 0;
    for (const story of readdirSync(root)) {
      for (const file of readdirSync(join(root, story)).filter((f) => f.endsWith('.txt'))) {
        const sentences = textSentences(readFileSync(join(root, story, file), 'utf8')).map((s) => s.map((t) => t.text));
        const fast = model.tagDocumentScored(sentences);
        const reference = model.tagDocumentReference(sentences);
        expect(fast).toEqual(reference);
        for (let i = 0; i < fast.length; i++) expect(fast[i].margins.every((m, k) => Object.is(m, reference[i].margins[k]))).toBe(true);
        tokens += sentences.flat().length;
      }
    }
    expect(tokens).toBeGreaterThan(2000);
  });

  it('the compiled tagger reads feature names whose words hold "|" and "=" as the string features do', () => {
    // pair features of such words ("w-1w=a|b|c") can be split more than one way: the compiled tagger must not guess
    const odd = `-DOCSTART- -X- O O\n\nKai NNP I-NP I-PER\n| SYM O O\nsaw VBD I-VP O\nx=y NN I-NP O\na|b NN I-NP O\nin IN O O\nNuuk NNP I-NP I-LOC\n. . O O\n\n`;
    const model = train(parseConll((SAMPLE + odd).repeat(3)), { epochs: 3, minCount: 1, prune: 0, seed: 2 });
    expect([...model.index.keys()].some((f) => f.startsWith('w-1w=') && f.split('|').length > 2)).toBe(true);
    const doc = [
      ['Kai', '|', 'saw', 'x=y', 'a|b', 'in', 'Nuuk', '.'],
      ['a|b', '|', 'Anna', 'Berglund', 'visited', 'x=y', '|', 'Tromso', '.'],
      ['|', 'a', '|', 'b', '|'],
    ];
    expect(model.tagDocumentScored(doc)).toEqual(model.tagDocumentReference(doc));
  });
});
