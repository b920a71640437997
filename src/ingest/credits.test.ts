import { describe, expect, it } from 'vitest';
import { findCredits, findOriginCredit } from './credits.js';
import { normaliseOutlet } from './outlets.js';

describe('findCredits', () => {
  it('reads agencies from bracketed photo credits and credit lines', () => {
    const text = 'Crowds gather. [Photo: Ada Brenner via Reuters]\nA ship docks. (Image: J. Roe/afp)\nPhoto credit: Sam Ek via Getty Images';
    expect(findCredits(text)).toEqual(['Reuters', 'AFP', 'Getty Images']);
  });

  it('ignores photographers alone and web addresses', () => {
    expect(findCredits('[Photo: Ada Brenner]\nCredit: example.org/photos/12')).toEqual([]);
  });
});

describe('normaliseOutlet', () => {
  it('maps common spellings of well-known outlets and keeps unknown ones', () => {
    expect(normaliseOutlet('Aljazeera')).toBe('Al Jazeera');
    expect(normaliseOutlet('the Associated Press')).toBe('Associated Press');
    expect(normaliseOutlet(' Harbour  Times ')).toBe('Harbour Times');
  });
});

describe('findOriginCredit', () => {
  const origin = (text: string, own: string | null = null) => {
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
    return findOriginCredit(lines, own)?.name ?? null;
  };

  it('reads a "via site" excerpt and names the site from its domain', () => {
    expect(origin('Tidal power plant approved\nvia harbourtimes.co.uk\nShort excerpt below. Read at the original source.\nThe council approved the plant.')).toBe('harbourtimes');
    expect(origin('Tidal power plant approved\nvia apnews.com\nThe council approved the plant.')).toBe('Associated Press');
  });

  it('reads translation notes in several languages', () => {
    expect(origin('This is a translation of a Kelby Herald article.\nThe council met.')).toBe('Kelby Herald');
    expect(origin('Это перевод статьи Русской службы Би-би-си. Оригинал можно прочесть здесь.\nСовет собрался.')).toBe('BBC News Russian');
    expect(origin('Це переклад статті Української служби Бі-бі-сі.\nРада зібралася.')).toBe('BBC News Ukrainian');
    expect(origin('Dies ist eine Übersetzung eines Artikels von Nordkurier Online.\nDer Rat tagte.')).toBe('Nordkurier Online');
  });

  it('reads a site\'s prefix before the original\'s name and keeps the site', () => {
    const lines = ['FEEDPORT - Nordic Courier) The river fell on Thursday, officials said.', 'Crews pumped out cellars.'];
    expect(findOriginCredit(lines, null)).toMatchObject({ name: 'Nordic Courier', outlet: 'FEEDPORT', rule: 'opening' });
  });

  it('reads an agency in brackets opening the text: "(AFP) — …"', () => {
    expect(origin('(AFP) — The river fell on Thursday, officials said.\nCrews pumped out cellars.')).toBe('AFP');
    expect(origin('River falls in Kelby\n(AFP) — The river fell on Thursday, officials said.')).toBe('AFP');
    expect(origin('(Kelby Herald) — The river fell on Thursday.')).toBeNull();
  });

  it('reads sign-offs and source notes at the end: "— Reuters", "(AFP)", "Quelle: dts", "with AFP"', () => {
    expect(origin('The river fell.\nCrews pumped out cellars, the ministry said. — Reuters')).toBe('Reuters');
    expect(origin('The river fell.\nCrews pumped out cellars. (AFP)')).toBe('AFP');
    expect(origin('Der Fluss sank.\nDie Feuerwehr pumpte Keller aus. Quelle: dts Nachrichtenagentur')).toBe('dts Nachrichtenagentur');
    expect(origin('The river fell.\nCrews pumped out cellars.\n(With AFP)')).toBe('AFP');
    expect(origin('Der Fluss sank.\nDie Pegel fielen um zwei Meter. Quelle: Kelmbacher Rundschau-Presse')).toBe('Kelmbacher Rundschau-Presse');
    // a data source is no original
    expect(origin('Der Fluss sank.\nDie Pegel fielen um zwei Meter. Quelle: Landesamt für Umwelt')).toBeNull();
    expect(origin('Prices rose.\nInflation reached 3 percent. Source: National Statistics Office')).toBeNull();
    expect(origin('By Orla Fenn with AFP\nThe river fell on Thursday.')).toBe('AFP');
    expect(origin('Von Orla Fenn, dpa\nDer Fluss sank am Donnerstag.')).toBe('dpa');
    expect(origin('By Orla Fenn, Kelby Herald\nThe river fell on Thursday.')).toBeNull();
    expect(origin('Le fleuve a baissé.\nLes pompiers ont vidé les caves.\n(Avec AFP)')).toBe('AFP');
  });

  it('reads agency trailers: a dated copyright line, "contributed to this report", a house-style reporting line', () => {
    expect(origin('The river fell.\nCopyright 2026 The Associated Press. All rights reserved.')).toBe('Associated Press');
    expect(origin('The river fell.\nAssociated Press writer Ona Brill in Kelby contributed to this report.')).toBe('Associated Press');
    expect(origin('The river fell.\n(Reporting by Ona Brill in Kelby; Editing by Tam Vosk)')).toBe('Reuters');
    expect(origin('The river fell.\n© AFP\nCrews pumped out cellars.\nRoads were closed.\nSchools stay shut.')).toBeNull();
  });

  it('reads the original\'s own "Ранее «X» писал" kept at the end of a copy, but not its own', () => {
    const copy = 'Вода в реке спала.\nСпасатели откачали воду из подвалов.\nРанее «Северный курьер» писал, что мэр просил помощи.';
    expect(origin(copy)).toBe('Северный курьер');
    expect(origin(copy, 'Северный курьер')).toBeNull();
  });

  it('counts interview credits of an agency repeated through a copy, in several languages', () => {
    expect(origin('"We lost everything," a farmer told AFP.\nThe mayor told AFP that help was on its way.\nRoads were closed.')).toBe('AFP');
    // one credit read by two patterns ("according to an AFP tally") counts once
    expect(origin('The toll rose to 40, according to an AFP tally.\nRoads were closed.')).toBeNull();
    expect(origin("« Tout est perdu », a précisé à l'AFP un habitant.\nDes journalistes de l'AFP ont vu des maisons détruites.")).toBe('AFP');
    expect(origin('„Alles ist weg“, sagte ein Bauer der Nachrichtenagentur Reuters.\nDer Bürgermeister sagte gegenüber Reuters, Hilfe komme.')).toBe('Reuters');
    expect(origin('وقال مزارع لوكالة فرانس برس إنه فقد كل شيء.\nوصرح رئيس البلدية لفرانس برس بأن المساعدة في الطريق.')).toBe('AFP');
    expect(origin('«Всё потеряно», — рассказал РИА Новости местный житель.\nМэр заявил РИА Новости, что помощь идёт.')).toBe('RIA Novosti');
  });

  it('keeps quotes of other media apart from credits: "told CNN" once, one agency interview, a photo credit', () => {
    expect(origin('The mayor told CNN that help was on its way.\nRoads were closed.')).toBeNull();
    expect(origin('The mayor told CNN that help was coming.\nA farmer told CNN he lost his herd.\nRoads were closed.')).toBeNull();
    expect(origin('A farmer told Reuters he lost his herd.\nRoads were closed. Photo: AFP\nPhoto: AFP')).toBeNull();
    expect(origin('Вода в реке спала, сообщает РИА Новости.\nРИА Новости сообщает, что мэр просил помощи.')).toBeNull();
    expect(origin('The agency said AFP had confirmed it.\nThe river fell. The AFP office in Kelby was closed.')).toBeNull();
  });

  it('never names the page\'s own outlet as its original', () => {
    expect(origin('"We lost everything," a farmer told AFP.\nThe mayor told AFP that help was coming.', 'AFP')).toBeNull();
  });
});
