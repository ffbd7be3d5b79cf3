import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat, pluralRules, withNumberData } from './intl.ts';

describe('Intl formatters made once', () => {
  it('gives the same formatter for the same locale and options, and another for others', () => {
    expect(numberFormat('ru-RU', { maximumFractionDigits: 1 })).toBe(numberFormat('ru-RU', { maximumFractionDigits: 1 }));
    expect(numberFormat('ru-RU', { maximumFractionDigits: 2 })).not.toBe(numberFormat('ru-RU', { maximumFractionDigits: 1 }));
    expect(numberFormat('kk-KZ')).not.toBe(numberFormat('ru-RU'));
  });

  it('formats as a formatter made afresh does', () => {
    expect(numberFormat('kk-KZ', { maximumFractionDigits: 1 }).format(15905.25)).toBe(new Intl.NumberFormat('kk-KZ', { maximumFractionDigits: 1 }).format(15905.25));
    const options = { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' } as const;
    expect(dateTimeFormat('ru-RU', options).format(new Date(Date.UTC(2024, 9, 31)))).toBe(new Intl.DateTimeFormat('ru-RU', options).format(new Date(Date.UTC(2024, 9, 31))));
    expect(pluralRules('ru-RU').select(3)).toBe('few');
  });

  it('keeps number, date and plural formatters of the same locale apart', () => {
    expect(numberFormat('en-GB')).toBeInstanceOf(Intl.NumberFormat);
    expect(dateTimeFormat('en-GB')).toBeInstanceOf(Intl.DateTimeFormat);
    expect(pluralRules('en-GB')).toBeInstanceOf(Intl.PluralRules);
  });
});

describe('withNumberData', () => {
  it('takes Kazakh where its number data is there, as in Node', () => {
    expect(withNumberData(['kk-KZ', 'ru-KZ'])).toBe('kk-KZ');
    expect(numberFormat(withNumberData(['kk-KZ', 'ru-KZ']) ?? '').format(20000.5)).toBe(new Intl.NumberFormat('kk-KZ').format(20000.5));
  });

  it('falls back to the next locale where a browser formats Kazakh as the root locale', () => {
    // Chromium's trimmed data: kk-KZ known by name, formatted as "und".
    const trimmed = (locale: string, n: number) => new Intl.NumberFormat(locale === 'kk-KZ' ? 'und' : locale).format(n);
    expect(withNumberData(['kk-KZ', 'ru-KZ'], trimmed)).toBe('ru-KZ');
  });

  it('keeps the only locale there is, English included', () => {
    expect(withNumberData(['en-GB'])).toBe('en-GB');
    expect(withNumberData([])).toBeUndefined();
  });
});
