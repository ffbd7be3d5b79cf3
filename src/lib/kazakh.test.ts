import { describe, expect, it } from 'vitest';
import { lastWordOfNumber, lastWordOfText, withEnding } from './kazakh.ts';

describe('Kazakh endings after a number', () => {
  it('read a number’s last word the way it is said', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map(lastWordOfNumber)).toEqual(['бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз']);
    expect([10, 20, 30, 40, 50, 60, 70, 80, 90].map(lastWordOfNumber)).toEqual(['он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан']);
    expect([100, 2500, 5000, 15905, 3_000_000, 2_000_000_000].map(lastWordOfNumber)).toEqual(['жүз', 'жүз', 'мың', 'бес', 'миллион', 'миллиард']);
  });

  it('read the sign or abbreviation a printed figure ends in', () => {
    expect(lastWordOfText('1,4 млрд ₸')).toBe('теңге');
    expect(lastWordOfText('38,9%')).toBe('пайыз');
    expect(lastWordOfText('66 млн')).toBe('миллион');
    expect(lastWordOfText('38,9')).toBe('тоғыз');
    expect(lastWordOfText('15 905')).toBe('бес');
  });

  it('hyphenate after digits, signs and abbreviations, and join after a word', () => {
    expect(withEnding('5 000', 'ablative')).toBe('5 000-нан');
    expect(withEnding('1 млрд ₸', 'dative')).toBe('1 млрд ₸-ге');
    expect(withEnding('80 АЕК', 'dative')).toBe('80 АЕК-ке');
    expect(withEnding('20 тәулік', 'dative')).toBe('20 тәулікке');
  });

  it('refuse a text it cannot read, rather than guess an ending', () => {
    expect(() => withEnding('MCI', 'dative')).toThrow(/Cannot tell/);
  });
});
