import { describe, expect, it } from 'vitest';
import { figureParts, formatFigure, formatMoney, formatNumber, formatBare, formatSize } from './format.ts';

describe('formatNumber', () => {
  it('groups thousands below a million', () => {
    expect(formatNumber(15905)).toBe('15,905');
    expect(formatNumber(3286)).toBe('3,286');
    expect(formatNumber(835)).toBe('835');
  });
  it('writes millions and billions in words', () => {
    expect(formatNumber(66_000_000)).toBe('66 million');
    expect(formatNumber(58_000_000)).toBe('58 million');
  });
});

describe('formatMoney', () => {
  it('puts the tenge sign before the amount and the long word after', () => {
    expect(formatMoney(1_400_000_000, 'KZT')).toBe('₸1.4 billion');
    expect(formatMoney(962_000_000, 'KZT')).toBe('₸962 million');
    expect(formatMoney(300_000_000, 'KZT')).toBe('₸300 million');
  });
  it('keeps small amounts in full', () => {
    expect(formatMoney(250_000, 'KZT')).toBe('₸250,000');
  });
  it('names roubles in words', () => {
    expect(formatMoney(278_000_000, 'RUB')).toBe('278 million rubles');
  });
});

describe('formatFigure', () => {
  it('keeps the hedge in front of the value', () => {
    expect(formatFigure({ value: 5000, unit: 'count', qualifier: 'more than' })).toBe('more than 5,000');
    expect(formatFigure({ value: 80, unit: 'percent', qualifier: 'about' })).toBe('about 80%');
    expect(formatFigure({ value: 1_000_000_000, unit: 'KZT', qualifier: 'almost' })).toBe('almost ₸1 billion');
  });
  it('prints shares and changes as percentages with one decimal', () => {
    expect(formatFigure({ value: 38.9, unit: 'percent' })).toBe('38.9%');
    expect(formatFigure({ value: 28.4, unit: 'percent' })).toBe('28.4%');
    expect(formatFigure({ value: 25, unit: 'percent-change' })).toBe('25%');
  });
  it('prints fines in MCI and terms in days', () => {
    expect(formatFigure({ value: 80, unit: 'MCI' })).toBe('80 MCI');
    expect(formatFigure({ value: 20, unit: 'days', qualifier: 'up to' })).toBe('up to 20 days');
    expect(formatBare({ value: 40, unit: 'MCI' })).toBe('40');
  });
});

/** Intl keeps numbers together with no-break spaces; the expectations are written with plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('the Russian edition', () => {
  it('groups digits with spaces, writes a decimal comma and abbreviates millions', () => {
    expect(plain(formatNumber(15905, 'ru'))).toBe('15 905');
    expect(plain(formatNumber(66_000_000, 'ru'))).toBe('66 млн');
    expect(plain(formatFigure({ value: 38.9, unit: 'percent' }, 'ru'))).toBe('38,9 %');
    expect(plain(formatFigure({ value: 1_400_000_000, unit: 'KZT' }, 'ru'))).toBe('1,4 млрд ₸');
    expect(plain(formatFigure({ value: 278_000_000, unit: 'RUB' }, 'ru'))).toBe('278 млн рублей');
    expect(plain(formatFigure({ value: 80, unit: 'MCI' }, 'ru'))).toBe('80 МРП');
  });

  // Every hedge, at every magnitude a figure has: a count, thousands, a share, money in millions and billions, MCI and days.
  it.each([
    ['more than', 5000, 'count', 'более 5 000'],
    ['over', 20000, 'count', 'свыше 20 000'],
    ['about', 80, 'percent', 'около 80 %'],
    ['almost', 1_000_000_000, 'KZT', 'почти 1 млрд ₸'],
    ['up to', 20, 'days', 'до 20 суток'],
    ['more than', 300_000_000, 'KZT', 'более 300 млн ₸'],
    ['about', 278_000_000, 'RUB', 'около 278 млн рублей'],
    ['over', 9000, 'count', 'свыше 9 000'],
    ['about', 8000, 'count', 'около 8 000'],
    ['almost', 21, 'days', 'почти 21 сутки'],
    ['up to', 1, 'days', 'до 1 суток'],
    ['more than', 80, 'MCI', 'более 80 МРП'],
  ] as const)('phrases “%s” %d (%s) as «%s»', (qualifier, value, unit, text) => {
    expect(plain(formatFigure({ value, unit, qualifier }, 'ru'))).toBe(text);
  });
});

describe('the Kazakh edition', () => {
  it('groups digits with spaces, writes a decimal comma and abbreviates millions', () => {
    expect(plain(formatNumber(15905, 'kk'))).toBe('15 905');
    expect(plain(formatFigure({ value: 1_400_000_000, unit: 'KZT' }, 'kk'))).toBe('1,4 млрд ₸');
    expect(plain(formatFigure({ value: 80, unit: 'MCI' }, 'kk'))).toBe('80 АЕК');
    expect(plain(formatFigure({ value: 278_000_000, unit: 'RUB' }, 'kk'))).toBe('278 млн рубль');
  });

  // The hedge follows the number with the ending its last spoken word takes; «шамамен» goes before.
  it.each([
    ['more than', 5000, 'count', '5 000-нан астам'],
    ['more than', 2500, 'count', '2 500-ден астам'],
    ['more than', 15905, 'count', '15 905-тен астам'],
    ['over', 20000, 'count', '20 000-нан астам'],
    ['over', 6000, 'count', '6 000-нан астам'],
    ['more than', 40, 'count', '40-тан астам'],
    ['more than', 43, 'count', '43-тен астам'],
    ['more than', 266, 'count', '266-дан астам'],
    ['more than', 69, 'count', '69-дан астам'],
    ['more than', 80, 'count', '80-нен астам'],
    ['more than', 90, 'count', '90-нан астам'],
    ['more than', 10, 'count', '10-нан астам'],
    ['more than', 300_000_000, 'KZT', '300 млн ₸-ден астам'],
    ['more than', 66_000_000, 'count', '66 млн-нан астам'],
    ['more than', 1_400_000_000, 'count', '1,4 млрд-тан астам'],
    ['more than', 28.4, 'percent', '28,4%-дан астам'],
    ['about', 80, 'percent', 'шамамен 80%'],
    ['about', 8000, 'count', 'шамамен 8 000'],
    ['almost', 1_000_000_000, 'KZT', '1 млрд ₸-ге жуық'],
    ['almost', 5000, 'count', '5 000-ға жуық'],
    ['almost', 3, 'count', '3-ке жуық'],
    ['almost', 80, 'MCI', '80 АЕК-ке жуық'],
    ['up to', 20, 'days', '20 тәулікке дейін'],
    ['up to', 40, 'count', '40-қа дейін'],
    ['up to', 278_000_000, 'RUB', '278 млн рубльге дейін'],
    ['more than', 80, 'MCI', '80 АЕК-тен астам'],
  ] as const)('phrases “%s” %d (%s) as «%s»', (qualifier, value, unit, text) => {
    expect(plain(formatFigure({ value, unit, qualifier }, 'kk'))).toBe(text);
  });
});

describe('figureParts', () => {
  const cases = [
    ['en', 'more than', 5000, 'count', { before: 'more than', value: '5,000', after: '' }],
    ['ru', 'more than', 5000, 'count', { before: 'более', value: '5\u00a0000', after: '' }],
    ['ru', 'almost', 1e9, 'KZT', { before: 'почти', value: '1\u00a0млрд\u00a0₸', after: '' }],
    ['kk', 'more than', 5000, 'count', { before: '', value: '5\u00a0000-нан', after: 'астам' }],
    ['kk', 'about', 8000, 'count', { before: 'шамамен', value: '8\u00a0000', after: '' }],
    ['kk', 'up to', 20, 'days', { before: '', value: '20 тәулікке', after: 'дейін' }],
  ] as const;
  it.each(cases)('sets the %s hedge "%s" apart from %d %s, the number keeping its ending', (lang, qualifier, value, unit, expected) => {
    expect(figureParts({ value, unit, qualifier }, lang)).toEqual(expected);
  });

  it('joins back into the figure as prose prints it, in every edition', () => {
    for (const lang of ['en', 'ru', 'kk'] as const) {
      const figure = { value: 300_000_000, unit: 'KZT', qualifier: 'more than' } as const;
      const { before, value, after } = figureParts(figure, lang);
      expect([before, value, after].filter(Boolean).join(' ')).toBe(formatFigure(figure, lang));
    }
  });

  it('has no hedge to set apart when the source states the number plainly', () => {
    expect(figureParts({ value: 835, unit: 'count' }, 'kk')).toEqual({ before: '', value: '835', after: '' });
  });
});

describe('file sizes', () => {
  it('are given in whole kilobytes, at least one, with the unit held to its number by a no-break space', () => {
    expect(formatSize(300)).toBe('1\u00a0KB');
    expect(formatSize(103_424)).toBe('101\u00a0KB');
  });

  it('are written in each edition’s digits and word', () => {
    expect(formatSize(2_000_000, 'ru')).toBe('1\u00a0953\u00a0КБ');
    expect(formatSize(2_000_000, 'kk')).toBe('1\u00a0953\u00a0КБ');
    expect(formatSize(2_000_000, 'en')).toBe('1,953\u00a0KB');
  });
});
