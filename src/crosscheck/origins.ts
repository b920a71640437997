import type { Document } from '../types.js';
import { nearDuplicates, signature } from './minhash.js';

/** Where a document's text comes from: itself, a syndicated original, or the earliest of its near-duplicates. */
export interface DocumentOrigin {
  doc: string;
  /** independent origin key: documents sharing it count once */
  origin: string;
  /** human-readable chain, newest first: "Nomad Post ← Meridian News Agency" */
  chain: string[];
  /** ids of documents that are near-duplicates of this one, with estimated similarity */
  copies: { doc: string; similarity: number }[];
}

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '').replace(/^al(?=\p{L}{4})/u, '');

/** Groups syndicated copies and near-duplicate texts into origins (MinHash + LSH, so no all-pairs comparison). */
export function documentOrigins(docs: Document[], threshold = 0.5): Map<string, DocumentOrigin> {
  const sigs = docs.map((d) => signature(d.text));
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i];
    return i;
  };
  const copies = new Map<number, { doc: string; similarity: number }[]>();
  for (const [a, b, s] of nearDuplicates(sigs, threshold)) {
    parent[find(a)] = find(b);
    copies.set(a, [...(copies.get(a) ?? []), { doc: docs[b].id, similarity: s }]);
    copies.set(b, [...(copies.get(b) ?? []), { doc: docs[a].id, similarity: s }]);
  }
  // the earliest dated member of a near-duplicate group (else the one that names no original) is the original
  const groups = new Map<number, number[]>();
  for (let i = 0; i < docs.length; i++) groups.set(find(i), [...(groups.get(find(i)) ?? []), i]);
  const out = new Map<string, DocumentOrigin>();
  for (const members of groups.values()) {
    const original = [...members].sort((x, y) => rank(docs[x]).localeCompare(rank(docs[y])))[0];
    const root = docs[original];
    const rootName = root.syndicatedFrom ?? root.outlet ?? root.file;
    for (const i of members) {
      const d = docs[i];
      const chain = [d.outlet ?? d.file];
      if (d.syndicatedFrom) chain.push(d.syndicatedFrom);
      else if (i !== original) chain.push(rootName);
      out.set(d.id, { doc: d.id, origin: `doc:${norm(d.syndicatedFrom ?? (members.length > 1 ? rootName : (d.outlet ?? d.file)))}`, chain, copies: copies.get(i) ?? [] });
    }
  }
  return out;
}

const rank = (d: Document) => `${d.syndicatedFrom ? 1 : 0}${d.published ?? '9999'}${d.id.padStart(8, '0')}`;
