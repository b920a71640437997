import { describe, expect, it } from 'vitest';
import { findNumbers } from './numbers.js';

const times = (text: string, lang: string) => findNumbers(text, [], lang).filter((n) => n.kind === 'time').map((n) => [n.text, n.value, n.approx]);

describe('times of day written with words around the hour', () => {
  it('reads hours after a preposition and before a period of the day', () => {
    expect(times('Entraron hacia las 4 de la madrugada y salieron.', 'es')).toEqual([['4 de la madrugada', 240, 'about']]);
    expect(times('La reunión empezó a las 15.30.', 'es')).toEqual([['15.30', 930, null]]);
    expect(times('El tren llegó a las 8 de la tarde.', 'es')).toEqual([['8 de la tarde', 1200, null]]);
    expect(times('Sono arrivati alle 3 del mattino.', 'it')).toEqual([['3 del mattino', 180, null]]);
    expect(times('I ladri sono entrati verso le 3:10 e poi sono fuggiti.', 'it')).toEqual([['3:10', 190, 'about']]);
    expect(times('Chegaram às 4 da manhã.', 'pt')).toEqual([['4 da manhã', 240, null]]);
    expect(times('Ils sont entrés vers 4 heures du matin.', 'fr')).toEqual([['4 heures du matin', 240, 'about']]);
    expect(times('La séance a repris à 15h30.', 'fr')).toEqual([['15h30', 930, null]]);
    expect(times('Sie kamen gegen 4 Uhr morgens.', 'de')).toEqual([['4 Uhr morgens', 240, 'about']]);
    expect(times('Der Einbruch geschah um 3.10 Uhr.', 'de')).toEqual([['3.10 Uhr', 190, null]]);
    expect(times('आग रविवार रात 10:20 बजे लगी।', 'hi')).toEqual([['10:20 बजे', 1340, null]]);
    expect(times('धमाका सुबह 6 बजे हुआ।', 'hi')).toEqual([['6 बजे', 360, null]]);
    expect(times('Пожар начался около 4 часов утра.', 'ru')).toEqual([['4 часов утра', 240, 'about']]);
    expect(times('Вибух пролунав о 22:15 за місцевим часом.', 'uk')).toEqual([['22:15 за місцевим часом', 1335, null]]);
    expect(times('Вибух пролунав о 3 годині ночі.', 'uk')).toEqual([['3 годині ночі', 180, null]]);
  });
  it('leaves counts, durations and decimals alone', () => {
    expect(times('Llegaron a las 4 personas del grupo.', 'es')).toEqual([]);
    expect(times('Le vol a duré 4 heures.', 'fr')).toEqual([]);
    expect(times('Die Preise stiegen um 3,10 Prozent.', 'de')).toEqual([]);
    expect(times('Murieron 3.500 personas en la zona.', 'es')).toEqual([]);
    expect(times('Il a pris 2 à 3 heures de retard.', 'fr')).toEqual([]);
    expect(times('Цены выросли в 3 раза за год.', 'ru')).toEqual([]);
    expect(times('Погибли около 4 человек.', 'ru')).toEqual([]);
  });
});
