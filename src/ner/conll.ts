/** CoNLL-2003 files: one token a line (`WORD POS CHUNK NER`), sentences split by blank lines, documents by -DOCSTART-. */

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerType = (typeof ENTITY_TYPES)[number];

/** A typed span over token positions [start, end). */
export interface TokenSpan {
  start: number;
  end: number;
  type: string;
}

export interface ConllSentence {
  words: string[];
  /** gold tags as written in the file (IOB1 in CoNLL-2003) */
  tags: string[];
}

export interface ConllDocument {
  sentences: ConllSentence[];
}

/** Parses CoNLL lines into documents of sentences (the last column is the tag). */
export function parseConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument = { sentences: [] };
  let sent: ConllSentence = { words: [], tags: [] };
  const endSentence = () => {
    if (sent.words.length) doc.sentences.push(sent);
    sent = { words: [], tags: [] };
  };
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) {
      endSentence();
      continue;
    }
    const cols = trimmed.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      endSentence();
      if (doc.sentences.length) docs.push(doc);
      doc = { sentences: [] };
      continue;
    }
    sent.words.push(cols[0]);
    sent.tags.push(cols.length > 1 ? cols[cols.length - 1] : 'O');
  }
  endSentence();
  if (doc.sentences.length) docs.push(doc);
  return docs;
}

/** Spans of IOB1, IOB2 or BILOU tags (conlleval's reading: a chunk starts at B-, or at I- after a different type or O). */
export function spansFromIob(tags: string[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  let cur: TokenSpan | null = null;
  const close = () => {
    if (cur) out.push(cur);
    cur = null;
  };
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    const dash = tag.indexOf('-');
    const prefix = dash < 0 ? 'O' : tag.slice(0, dash);
    const type = tag.slice(dash + 1);
    if (prefix === 'O') {
      close();
      continue;
    }
    const open = cur !== null && (cur as TokenSpan).type === type;
    if (prefix === 'B' || prefix === 'U' || prefix === 'S' || !open) {
      close();
      cur = { start: i, end: i + 1, type };
    } else (cur as unknown as TokenSpan).end = i + 1;
    if (prefix === 'U' || prefix === 'S' || prefix === 'L' || prefix === 'E') close();
  }
  close();
  return out;
}

/** IOB2 tags (B- at every entity start) for spans over n tokens. */
export function iob2FromSpans(spans: TokenSpan[], n: number): string[] {
  const tags = new Array<string>(n).fill('O');
  for (const s of spans) for (let i = s.start; i < s.end; i++) tags[i] = `${i === s.start ? 'B' : 'I'}-${s.type}`;
  return tags;
}

export interface TypeScore {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

export interface ConllScore {
  overall: TypeScore;
  byType: Record<string, TypeScore>;
  tokens: number;
  tokenAccuracy: number;
}

const score = (correct: number, predicted: number, gold: number): TypeScore => {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, gold, predicted, correct };
};

/** conlleval: an entity counts when its span and type match exactly; precision, recall and F1 per type and overall. */
export function scoreSpans(sentences: { gold: TokenSpan[]; predicted: TokenSpan[]; goldTags?: string[]; predictedTags?: string[] }[]): ConllScore {
  const counts = new Map<string, { correct: number; predicted: number; gold: number }>();
  const bump = (type: string, key: 'correct' | 'predicted' | 'gold') => {
    const c = counts.get(type) ?? { correct: 0, predicted: 0, gold: 0 };
    c[key]++;
    counts.set(type, c);
  };
  let tokens = 0;
  let tokenCorrect = 0;
  for (const s of sentences) {
    const key = (x: TokenSpan) => `${x.start}:${x.end}:${x.type}`;
    const gold = new Set(s.gold.map(key));
    for (const g of s.gold) bump(g.type, 'gold');
    for (const p of s.predicted) {
      bump(p.type, 'predicted');
      if (gold.has(key(p))) bump(p.type, 'correct');
    }
    if (s.goldTags && s.predictedTags) {
      tokens += s.goldTags.length;
      // token accuracy as conlleval reports it: the type of each token (O or the entity type) agrees
      s.goldTags.forEach((t, i) => {
        if (t.replace(/^[A-Z]-/, '') === (s.predictedTags?.[i] ?? 'O').replace(/^[A-Z]-/, '')) tokenCorrect++;
      });
    }
  }
  const byType: Record<string, TypeScore> = {};
  let c = 0;
  let p = 0;
  let g = 0;
  for (const [type, v] of [...counts.entries()].sort()) {
    byType[type] = score(v.correct, v.predicted, v.gold);
    c += v.correct;
    p += v.predicted;
    g += v.gold;
  }
  return { overall: score(c, p, g), byType, tokens, tokenAccuracy: tokens ? tokenCorrect / tokens : 0 };
}

/** The score as conlleval prints it. */
export function formatScore(s: ConllScore): string {
  const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
  const lines = [
    `processed ${s.tokens} tokens with ${s.overall.gold} phrases; found: ${s.overall.predicted} phrases; correct: ${s.overall.correct}.`,
    `accuracy: ${pct(s.tokenAccuracy)}%; precision: ${pct(s.overall.precision)}%; recall: ${pct(s.overall.recall)}%; FB1: ${pct(s.overall.f1)}`,
  ];
  for (const [type, t] of Object.entries(s.byType)) {
    lines.push(`${type.padStart(17)}: precision: ${pct(t.precision)}%; recall: ${pct(t.recall)}%; FB1: ${pct(t.f1)}  ${t.predicted}`);
  }
  return lines.join('\n');
}
