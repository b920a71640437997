import { describe, expect, it } from 'vitest';
import { detectLanguage, looksEnglish } from './language.js';

describe('detectLanguage', () => {
  it('returns ISO 639-1 codes for whole paragraphs', () => {
    expect(detectLanguage('The council voted on Monday to build a new tram line linking the station with the university.')).toBe('en');
    const russian =
      'Министр транспорта открыл новый мост через реку во вторник, сообщили чиновники города. По словам мэра, строительство заняло три года и обошлось городу значительно дороже, чем планировалось.';
    expect(detectLanguage(russian)).toBe('ru');
    expect(detectLanguage('افتتح وزير النقل جسرا جديدا فوق النهر يوم الثلاثاء وقال المسؤولون إن البناء استغرق ثلاث سنوات.')).toBe('ar');
  });

  it('returns "und" for text too short to tell', () => {
    expect(detectLanguage('Bridge open')).toBe('und');
  });
});

describe('looksEnglish', () => {
  const english =
    'The port authority said on Tuesday that the ferry had been inspected in March and that its crew of twelve was certified. ' +
    'Officials from the ministry of transport were on their way to the harbour, where divers searched the hull for a second day. ' +
    'A spokesman for the operator declined to say when the vessel was last repaired or who had signed off the work.';
  it('answers English prose without the trigram model', () => {
    expect(looksEnglish(english)).toBe(true);
    expect(detectLanguage(english)).toBe('en');
  });

  it('leaves other Latin-script languages to the model', () => {
    const french =
      "Le ministre des transports a inauguré mardi un nouveau pont sur la rivière, selon les responsables de la ville. D'après le maire, les travaux ont duré trois ans et ont coûté bien plus cher que prévu au budget initial de la commune.";
    const spanish =
      'El ministro de transporte inauguró el martes un nuevo puente sobre el río, según informaron los funcionarios de la ciudad. Según el alcalde, la obra duró tres años y costó mucho más de lo previsto en el presupuesto municipal.';
    expect(looksEnglish(french)).toBe(false);
    expect(looksEnglish(spanish)).toBe(false);
    expect(detectLanguage(french)).toBe('fr');
    expect(detectLanguage(spanish)).toBe('es');
  });

  it('does not decide short or mixed-script samples', () => {
    expect(looksEnglish('The ferry sank in the bay.')).toBe(false);
    expect(looksEnglish(`${english} ${'Министр транспорта открыл новый мост через реку во вторник. '.repeat(6)}`)).toBe(false);
  });
});
