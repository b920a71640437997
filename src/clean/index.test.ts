import { describe, expect, it } from 'vitest';
import { cleanText, sharedLines } from './index.js';

const none = new Set<string>();
const clean = (lines: string[], title: string | null = null, shared = none) =>
  cleanText(lines.join('\n'), { sharedLines: shared, title });
const reasons = (r: ReturnType<typeof cleanText>) => r.removed.map((b) => b.reason);

describe('cleanText', () => {
  it('drops repeated titles, image slots and labels above the headline, keeping the first title', () => {
    const r = clean(
      ['Local', 'feature-image', 'Mill Reopens in Ashford', '', 'Mill Reopens in Ashford', 'Photo: J. Doe', 'The mill reopened on Monday after a long pause.'],
      'Mill Reopens in Ashford',
    );
    expect(r.text).toBe('Mill Reopens in Ashford\n\nThe mill reopened on Monday after a long pause.');
    expect(reasons(r)).toEqual([
      'clean/pre-title-label',
      'clean/image-placeholder',
      'clean/repeated-title',
      'clean/image-placeholder',
    ]);
  });

  it('keeps the dateline inside the first paragraph and question-style headings', () => {
    const lines = ['NORDBY (Daily Post) — The ferry resumed service on Friday.', 'Why Was the Ferry Stopped?', 'Ice blocked the channel for a week.'];
    expect(clean(lines).text).toBe(lines.join('\n'));
  });

  it('removes a recommended-stories widget and its list residue', () => {
    const r = clean(['First paragraph of the story is here.', 'Recommended Stories', 'list of 2 itemsend of list', 'Second paragraph follows.']);
    expect(r.text).toBe('First paragraph of the story is here.\nSecond paragraph follows.');
    expect(r.removed).toEqual([{ text: 'Recommended Stories\nlist of 2 itemsend of list', reason: 'clean/related-links' }]);
  });

  it('removes the items of an open list widget up to its end marker', () => {
    const r = clean(['Intro sentence stays here.', 'More stories', 'list of 2 items', 'Rain expected', 'Road closed', 'end of list', 'The story goes on.']);
    expect(r.text).toBe('Intro sentence stays here.\nThe story goes on.');
  });

  it('removes a related-links list of short titles but stops at a sentence', () => {
    const r = clean(['Body text of the article ends here.', 'Related Articles', 'Ferry fares go up', 'New bridge planned', 'A later paragraph is still content.']);
    expect(r.text).toBe('Body text of the article ends here.\nA later paragraph is still content.');
  });

  it('removes comment, share, back-to-top and advert lines but not content that mentions comments', () => {
    const r = clean([
      'The minister declined to comment on the plan, officials said.',
      'Advertisement',
      'Share this',
      'Leave a Reply',
      'Back to top button',
    ]);
    expect(r.text).toBe('The minister declined to comment on the plan, officials said.');
    expect(reasons(r)).toEqual(['clean/advertisement', 'clean/share-prompt', 'clean/comment-prompt', 'clean/back-to-top']);
  });

  it('removes a table of contents with its numbered entries', () => {
    const r = clean(['Title of Page', 'Table of Contents', '- 1. Title of Page', '- 2. Outlook', 'The council met on Monday.'], 'Title of Page');
    expect(r.text).toBe('Title of Page\nThe council met on Monday.');
    expect(r.removed[0]).toEqual({ text: 'Table of Contents\n- 1. Title of Page\n- 2. Outlook', reason: 'clean/table-of-contents' });
  });

  it('removes a discussion-prompt section of questions and prompts, then resumes', () => {
    const r = clean(['Body sentence one is here.', 'Discussion questions', 'Will the plan work?', 'Who pays for it?', 'Share your thoughts below.', 'Outlook', 'Work starts in May.']);
    expect(r.text).toBe('Body sentence one is here.\nOutlook\nWork starts in May.');
  });

  it('removes byline and source lines and outlet self-promotion at the end', () => {
    const r = clean([
      'In Local News by Staff Writer March 2, 2025',
      'The library extended its opening hours this week.',
      'Source: Example Wire',
      'More Local articles on TownBeat',
      'TownBeat – Your Community Portal',
    ]);
    expect(r.text).toBe('The library extended its opening hours this week.');
    expect(reasons(r)).toEqual(['clean/byline', 'clean/source-line', 'clean/self-promotion']);
  });

  it('keeps an undated byline that names a person, and removes dated and staff bylines', () => {
    const r = clean(['Ferry Service Resumes at Dunmore', 'By Aoife Brennan, Harbour Wire', 'By Harbour Wire staff', 'By Sean Doyle | Published 3 March 2025', 'The ferry sailed again on Monday.'], 'Ferry Service Resumes at Dunmore');
    expect(r.text).toBe('Ferry Service Resumes at Dunmore\nBy Aoife Brennan, Harbour Wire\nThe ferry sailed again on Monday.');
    expect(reasons(r)).toEqual(['clean/byline']);
    expect(r.removed[0].text).toBe('By Harbour Wire staff\nBy Sean Doyle | Published 3 March 2025');
  });

  it('keeps bullets with sentences, table rows with names, captions and quotes', () => {
    const lines = [
      '- Route 4 will end at the station.',
      '| Mayor | Ines Mortensen |',
      'Workers lay track near the depot. [Photo: A. Lund via AFP]',
      '"We are on schedule," she said.',
    ];
    expect(clean(lines).text).toBe(lines.join('\n'));
  });

  it('removes short lines shared across the folder but never the title', () => {
    const shared = new Set(['subscribe now', 'tram news']);
    const r = clean(['Tram News', 'Subscribe now', 'The tram line opens in June.'], 'Tram News', shared);
    expect(r.text).toBe('Tram News\nThe tram line opens in June.');
    expect(r.removed).toEqual([{ text: 'Subscribe now', reason: 'clean/shared-line' }]);
  });

  it('removes the page header: date lines, menus and breadcrumbs above the first sentence, and the masthead', () => {
    const r = cleanText(
      ['Fen Times', 'Home | Towns | Sport | Jobs', '6 June 2025, 14:20', 'Footbridge opens', 'FenNet › Towns', 'The bridge opened on Friday.', 'Fen Times — news of the fen since 1990'].join('\n'),
      { sharedLines: none, title: 'Footbridge opens', outlet: 'Fen Times' },
    );
    expect(r.text).toBe('Footbridge opens\nThe bridge opened on Friday.');
    expect(reasons(r)).toEqual(['clean/pre-title-label', 'clean/navigation', 'clean/date-line', 'clean/navigation', 'clean/self-promotion']);
  });

  it('keeps date lines and menus below the first sentence', () => {
    const lines = ['Footbridge opens', 'The bridge opened on Friday.', '6 June 2025', 'Towns | Sport | Jobs'];
    expect(clean(lines, 'Footbridge opens').text).toBe(lines.join('\n'));
  });

  it('collapses the blank lines left by removals', () => {
    const r = clean(['Para one is a sentence.', '', 'Share this', '', '', 'Para two is a sentence.']);
    expect(r.text).toBe('Para one is a sentence.\n\nPara two is a sentence.');
  });

  it('returns empty text when everything is boilerplate', () => {
    expect(clean(['Leave a Reply', 'Back to top']).text).toBe('');
  });
});

describe('sharedLines', () => {
  it('returns short non-sentence lines found in two or more documents, case-folded', () => {
    const a = 'Story A headline\nMenu Home\nThe council met on Monday to vote.\nWhat comes next?';
    const b = 'Story B headline\nmenu   home\nThe council met on Monday to vote.\nWhat comes next?';
    const c = 'Story C headline\nOther line';
    expect(sharedLines([a, b, c])).toEqual(new Set(['menu home']));
  });
});
