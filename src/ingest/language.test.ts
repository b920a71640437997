import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';

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
