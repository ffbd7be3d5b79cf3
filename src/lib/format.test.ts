import { describe, expect, it } from 'vitest';
import { formatFigure, formatMoney, formatNumber, formatBare } from './format';

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
