import { describe, expect, it } from 'vitest';
import { assignStories, type Candidate, uniqueName } from './assign.js';

const art = (id: number, source: string, keys: string[], published: string | null = null, title: string | null = null): Candidate => ({ id, source, keys, published, title });

describe('assignStories', () => {
  it('joins an article to the story sharing a person, starts a new story otherwise, named after the title', () => {
    const out = assignStories(
      [
        art(3, 'b.txt', ['person:tova renn', 'place:harbor'], null, 'Harbor crane collapses'),
        art(4, 'c.txt', ['person:lio strand'], null, 'Orchard fire contained'),
        art(5, 'd.txt', ['person:lio strand', 'organization:fire brigade'], null, 'Second fire report'),
      ],
      [{ id: 1, name: 'crane', keys: ['person:tova renn'], dates: [] }],
    );
    expect(out).toEqual([
      { article: 3, story: { id: 1 } },
      { article: 4, story: { create: 'orchard-fire-contained' } },
      { article: 5, story: { create: 'orchard-fire-contained' } },
    ]);
  });

  it('does not join on a shared place alone, nor across dates weeks apart', () => {
    const stories = [{ id: 1, name: 'a', keys: ['place:harbor', 'person:tova renn'], dates: ['2026-01-02'] }];
    expect(assignStories([art(2, 'x', ['place:harbor'])], stories)[0].story).toEqual({ create: 'story' });
    expect(assignStories([art(2, 'x', ['person:tova renn'], '2026-03-20')], stories)[0].story).toEqual({ create: 'story' });
    expect(assignStories([art(2, 'x', ['person:tova renn'], '2026-01-09')], stories)[0].story).toEqual({ id: 1 });
  });

  it('gives the same groups whatever order the articles arrive in', () => {
    const list = [art(1, 'a', ['person:x y'], null, 'One'), art(2, 'b', ['person:x y']), art(3, 'c', ['person:z w'], null, 'Three')];
    expect(assignStories([...list].reverse(), [])).toEqual(assignStories(list, []));
  });
});

describe('uniqueName', () => {
  it('slugs the title, transliterated, and avoids names in use', () => {
    expect(uniqueName('Мост закрыт: ремонт', new Set())).toBe('most-zakryt-remont');
    expect(uniqueName('Dam closed', new Set(['dam-closed', 'dam-closed-2']))).toBe('dam-closed-3');
    expect(uniqueName(null, new Set())).toBe('story');
  });
});
