import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractTextMeta } from './textMeta.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('extractTextMeta', () => {
  it('reads a wire story: title, byline, dateline outlet and date', () => {
    expect(extractTextMeta(fixture('wire-dateline.txt'))).toEqual({
      title: 'Harbour Cranes Return to Service After Winter Storm',
      outlet: 'Northern Ledger',
      author: 'Mara Quill',
      published: '2025-03-03',
      dateline: 'Portvale',
      syndicatedFrom: null,
      credits: [],
    });
  });

  it('reads a syndicated copy: source line, self-promoting outlet and photo credit', () => {
    expect(extractTextMeta(fixture('syndicated-copy.txt'))).toEqual({
      title: 'Valley Farmers Report Record Apple Harvest',
      outlet: 'RiverWave FM',
      author: null,
      published: null,
      dateline: null,
      syndicatedFrom: 'Al Jazeera',
      credits: ['Reuters'],
    });
  });

  it('skips section labels and image slots when choosing the title and takes a dated byline', () => {
    const meta = extractTextMeta('Opinion\nimage\nWhy Towns Need Trams\nIn Transport by Desk Editor June 5, 2025\nCities grow.');
    expect(meta).toMatchObject({ title: 'Why Towns Need Trams', author: 'Desk Editor', published: '2025-06-05' });
  });

  it('prefers the dateline outlet over self-promotion and invents no date', () => {
    const meta = extractTextMeta('Headline Here\nKALMAR (Baltic Wire) — Work began on Tuesday.\nBalticHub\nBalticHub is your window on the sea.');
    expect(meta).toMatchObject({ outlet: 'Baltic Wire', published: null, dateline: 'Kalmar' });
  });

  it('gives no title when the file starts with a paragraph', () => {
    expect(extractTextMeta('OSLO (Nordic Post) — The parliament passed the budget on Friday after a long debate.').title).toBeNull();
  });

  it('takes the publication date from "Published …" inside a byline', () => {
    expect(extractTextMeta(fixture('byline-published.txt'))).toMatchObject({
      author: 'Tideline staff',
      published: '2024-08-08',
      outlet: 'Tideline',
    });
  });

  it('reads a masthead with a date line under it: outlet, date, and the headline after them', () => {
    const meta = extractTextMeta('Upland Courier\n4 March 2025\n\nHill farms count losses after late frost\n\nGrowers in the upland valleys lost half their blossom overnight.');
    expect(meta).toMatchObject({ title: 'Hill farms count losses after late frost', outlet: 'Upland Courier', published: '2025-03-04' });
  });

  it('reads a masthead above a headline and a dotted day-first date line, with a capitalised dateline', () => {
    expect(extractTextMeta(fixture('brief-dated-masthead.txt'))).toMatchObject({
      title: 'Стекольный завод возобновил работу после ремонта',
      outlet: 'Вестник Озёрска',
      published: '2024-09-14',
      dateline: 'Нордхавен',
    });
  });

  it('names the copying site, not the agency in the copied dateline, when the copy credits that agency', () => {
    expect(extractTextMeta(fixture('masthead-agency-copy.txt'))).toMatchObject({
      title: 'Glass works reopens after boiler repair',
      outlet: 'Lakeside Ledger',
      dateline: 'Nordhaven',
      syndicatedFrom: 'Borealis Press Service',
    });
    const bare = 'Glass works reopens\nNORDHAVEN (Borealis) — The furnaces restarted on Thursday.\nSource: Borealis Press Service';
    expect(extractTextMeta(bare)).toMatchObject({ outlet: null, syndicatedFrom: 'Borealis Press Service' });
  });

  it('takes the site from a branded breadcrumb, and an update stamp only when no publication date is stated', () => {
    const meta = extractTextMeta('Why the ferry fares rose\nHarborNet24 › Travel › Sea\nLast updated: 20/10/2025 18:05\nFares went up by a tenth on Monday.');
    expect(meta).toMatchObject({ title: 'Why the ferry fares rose', outlet: 'HarborNet24', published: '2025-10-20' });
    const both = extractTextMeta('Why the ferry fares rose\nPublished: 18 October 2025\nUpdated: 20 October 2025\nFares went up by a tenth on Monday.');
    expect(both.published).toBe('2025-10-18');
  });

  it('reads a leading date stamp, the site\'s prefix before the original and the original from it', () => {
    const meta = extractTextMeta(' date 2026-03-05 FEEDPORT - Nordic Courier) The river fell on Thursday, officials said.\n\nCrews pumped out cellars.');
    expect(meta).toMatchObject({ published: '2026-03-05', outlet: 'FEEDPORT', syndicatedFrom: 'Nordic Courier' });
  });

  it('names the site from its web address at the top of the page', () => {
    const meta = extractTextMeta(' date 2026-03-05 https://www.kelby-herald.example/2026/03/05/river-falls\n\nRiver falls in Kelby\n\nThe river fell on Thursday.');
    expect(meta).toMatchObject({ published: '2026-03-05', outlet: 'kelby-herald.example' });
  });

  it('takes an agency\'s dateline on a page with its own masthead as the original', () => {
    const page = 'Tallow Valley Gazette\nHome | Region | Weather | Sport\n\nRiver falls in Kelby\n\nKELBY, 5 March 2026 (AFP) — The river fell on Thursday.';
    expect(extractTextMeta(page)).toMatchObject({ outlet: 'Tallow Valley Gazette', syndicatedFrom: 'AFP', published: '2026-03-05' });
  });

  it("takes any outlet's dateline on a page that names itself otherwise as the original, not on the outlet's own page", () => {
    const copy = 'Hoja del Valle\n\nCae un puente en Tordera\n\n4 de abril de 2026\n\nTORDERA (Coastline Wire) — El puente cayó el viernes.';
    expect(extractTextMeta(copy)).toMatchObject({ outlet: 'Hoja del Valle', syndicatedFrom: 'Coastline Wire', published: '2026-04-04' });
    const own = 'Bridge falls in Tordera\n\nTORDERA, Spain (Coastline Wire) — The bridge fell on Friday.';
    expect(extractTextMeta(own)).toMatchObject({ outlet: 'Coastline Wire', syndicatedFrom: null });
  });

  it('reads the date of a line "Name, date" whether the name is the outlet or the place, and takes no site from it', () => {
    const page = 'Bridge falls in Tordera\n\nBy Ana Ruiz\nCoastline Wire, April 4, 2026\n\nTORDERA, Spain — The bridge fell on Friday.';
    expect(extractTextMeta(page)).toMatchObject({ published: '2026-04-04' });
    const italian = 'Crolla un ponte a Tordera\n\nFirenze, 4 aprile 2026\n\nIl ponte è crollato venerdì.';
    expect(extractTextMeta(italian)).toMatchObject({ published: '2026-04-04', outlet: null });
  });

  it('reads a weekday date line in Ukrainian at the top of a page', () => {
    expect(extractTextMeta('Вівторок, 15 Квітня, 2026\n\nРічка спала\n\nУ вівторок вода в річці спала.').published).toBe('2026-04-15');
  });

  it('decides "12/11/2026" by the date the article itself states', () => {
    const page = 'River Facts\nFloodBrief24 › Europe\nLast updated: 12/11/2026 14:30\nWhat Happened?\nAs of Thursday, November 12, 2026, the river had fallen.';
    expect(extractTextMeta(page).published).toBe('2026-11-12');
  });
});
