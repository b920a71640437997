import { splitSentences } from '../annotate/sentences.js';
import { spansFromIob } from './conll.js';
import { defaultModel, type NerModel } from './model.js';
import { type NerToken, nerTokenize } from './tokenize.js';

/** An entity the tagger finds in plain text, with character offsets and the lowest token margin inside it. */
export interface TaggedEntity {
  start: number;
  end: number;
  text: string;
  /** PER, ORG, LOC or MISC */
  type: string;
  /** the tagger's smallest per-token margin over the entity's tokens: higher is surer */
  confidence: number;
}

/** Sentences of a plain text as tokens (the project's sentence splitter, CoNLL-style tokens). */
export function textSentences(text: string): NerToken[][] {
  return splitSentences(text)
    .map((s) => nerTokenize(text, s.start, s.end))
    .filter((t) => t.length > 0);
}

/** Entity mentions in plain text, treating the whole text as one document. */
export function tagText(text: string, model: NerModel | null = defaultModel()): TaggedEntity[] {
  if (!model) return [];
  const sentences = textSentences(text);
  const tagged = model.tagDocumentScored(sentences.map((s) => s.map((t) => t.text)));
  const out: TaggedEntity[] = [];
  sentences.forEach((toks, si) => {
    const { tags, margins } = tagged[si];
    for (const sp of spansFromIob(tags)) {
      const start = toks[sp.start].start;
      const end = toks[sp.end - 1].end;
      out.push({ start, end, text: text.slice(start, end), type: sp.type, confidence: Math.min(...margins.slice(sp.start, sp.end)) });
    }
  });
  return out;
}

/** Entities of each given sentence (character ranges of the text), tagging the sentences as one document. */
export function tagSentences(text: string, sentences: { start: number; end: number }[], model: NerModel | null = defaultModel()): (TaggedEntity & { sentence: number })[] {
  if (!model) return [];
  const toks = sentences.map((s) => nerTokenize(text, s.start, s.end));
  const kept = toks.map((t, i) => ({ t, i })).filter((x) => x.t.length > 0);
  const tagged = model.tagDocumentScored(kept.map((x) => x.t.map((t) => t.text)));
  const out: (TaggedEntity & { sentence: number })[] = [];
  kept.forEach(({ t, i }, k) => {
    const { tags, margins } = tagged[k];
    for (const sp of spansFromIob(tags)) {
      const start = t[sp.start].start;
      const end = t[sp.end - 1].end;
      out.push({ start, end, text: text.slice(start, end), type: sp.type, confidence: Math.min(...margins.slice(sp.start, sp.end)), sentence: i });
    }
  });
  return out;
}
