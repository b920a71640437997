import { describe, expect, it } from 'vitest';
import type { FeedItem } from '../feeds/index.js';
import { readUnit } from './article.js';

const bytes = (s: string) => new TextEncoder().encode(s);
const item = (fields: Partial<FeedItem>): FeedItem => ({ id: '1', url: null, title: null, text: null, html: null, published: null, outlet: null, author: null, ...fields });
const body = 'Harbour master Tova Renn said the crane collapsed on Tuesday. Nobody was hurt, the port authority said in a statement.';

describe('readUnit', () => {
  it('reads a file into an article with its content hash and story keys', () => {
    const out = readUnit({ source: 'in/a.txt', item: null, content: bytes(`Crane collapses at harbour\n\n${body}`) });
    expect(out.status).toBe('ok');
    if (out.status !== 'ok') return;
    expect(out.article.path).toBe('in/a.txt');
    expect(out.hash).toMatch(/^[0-9a-f]{64}$/);
    // keys are spelling-independent: doubled letters fold ("Tova Renn" -> "tova ren")
    expect(out.keys).toContain('person:tova ren');
  });

  it('reads inline feed content, the feed filling the date and outlet the text does not state', () => {
    const out = readUnit({ source: 'f.jsonl#7', item: item({ title: 'Crane collapses', html: `<p>${body}</p>`, published: '2026-03-03T10:00:00Z', outlet: 'Port Weekly' }), content: null });
    expect(out.status === 'ok' && out.article.meta).toMatchObject({ title: 'Crane collapses', published: '2026-03-03', outlet: 'Port Weekly' });
    expect(out.status === 'ok' && out.article.format).toBe('html');
  });

  it('skips an item without content and a file that is only boilerplate, and gives identical texts one hash', () => {
    expect(readUnit({ source: 'f.xml#2', item: item({ title: 'Empty' }), content: null })).toMatchObject({ status: 'skipped', message: { rule: 'feed/no-content' } });
    expect(readUnit({ source: 'junk.txt', item: null, content: bytes('Leave a Reply\n\nBack to top\n') })).toMatchObject({ status: 'skipped' });
    const a = readUnit({ source: 'x/a.txt', item: null, content: bytes(body) });
    const b = readUnit({ source: 'y/b.txt', item: null, content: bytes(body) });
    expect(a.status === 'ok' && b.status === 'ok' && a.hash === b.hash).toBe(true);
  });
});
