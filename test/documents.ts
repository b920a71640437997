import type { Document } from '../src/types.js';

/** A cleaned document built in memory for tests: plain text, English, undated, its own outlet unless `extra` says otherwise. */
export const makeDocument = (id: string, text: string, extra: Partial<Document> = {}): Document => ({
  id,
  path: `/fixtures/${id}.txt`,
  file: `${id}.txt`,
  format: 'text',
  encoding: 'utf-8',
  title: null,
  outlet: `Outlet ${id}`,
  author: null,
  published: null,
  dateline: null,
  syndicatedFrom: null,
  credits: [],
  language: 'en',
  text,
  removed: [],
  contentHash: '',
  ...extra,
});
