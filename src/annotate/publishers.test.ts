import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../test/documents.js';
import { annotate } from './index.js';

const orgs = (text: string, extra: Parameters<typeof makeDocument>[2]) =>
  annotate(makeDocument('d1', text, extra))
    .mentions.filter((m) => m.type === 'organization')
    .map((m) => m.text);

describe('publishers the metadata names', () => {
  it('are organizations where the text writes them, in lower case or inside a web address', () => {
    expect(orgs('Der Hafen bleibt geschlossen. Quelle: abc Pressedienst', { language: 'de', syndicatedFrom: 'abc Pressedienst' })).toContain('abc Pressedienst');
    expect(orgs('Read more via northwindpost.com today.', { syndicatedFrom: 'northwindpost' })).toContain('northwindpost');
  });

  it('leave a longer name that contains them and a word that only begins with them alone', () => {
    const found = orgs('The Meridian Review Board met. Meridianville voted.', { outlet: 'Meridian' });
    expect(found).not.toContain('Meridian');
  });

  it('are found by the spellings the outlets table gives a known publisher in other languages, under its one name', () => {
    const a = annotate(makeDocument('d1', 'Как пишет Коммерсантъ, переговоры продолжатся.', { language: 'ru', syndicatedFrom: 'Kommersant' }));
    const m = a.mentions.find((x) => x.text === 'Коммерсантъ');
    expect(m?.type).toBe('organization');
    expect(m?.name).toBe('Kommersant');
  });

  it('know the news agencies of the agencies table by their spellings in other scripts', () => {
    const a = annotate(makeDocument('d1', 'Об этом сообщает Франс Пресс со ссылкой на источники.', { language: 'ru', credits: ['AFP'] }));
    const m = a.mentions.find((x) => x.text === 'Франс Пресс');
    expect(m?.type).toBe('organization');
    expect(m?.key).toBe('org:publisher:afp');
  });
});
