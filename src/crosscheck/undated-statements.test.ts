import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../test/documents.js';
import { analyzeDocuments } from '../pipeline.js';

describe('a statement reported only by undated documents', () => {
  it('takes the middle day of the story, and says so', () => {
    const r = analyzeDocuments([
      makeDocument('d1', 'Rescue chief Anna Virtanen said on Tuesday that a fire had destroyed a warehouse.', { language: 'en', published: '2026-04-08' }),
      makeDocument('d2', 'Fire chief Mikko Lahtinen said the warehouse had no sprinklers.', { language: 'en', published: null }),
    ]);
    const statement = r.cross.events.find((e) => e.kind === 'statement' && e.docs.includes('d2'));
    expect(statement?.date).toBe('2026-04-08');
    expect(statement?.dateReason).toMatch(/no document that reports it is dated; the middle day/);
  });
});
