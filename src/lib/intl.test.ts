import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat, pluralRules } from './intl.ts';

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
