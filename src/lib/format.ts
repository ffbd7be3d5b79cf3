import { currency as currencyWords, locale as defaultLocale } from '../i18n/en';
import type { Unit } from '../schemas/metric';

/**
 * Numbers as readers of an English-language fact sheet expect them:
 * thousands separators below a million, "66 million" and "₸1.4 billion"
 * above, percentages with one decimal at most, and the source's hedge in
 * front ("more than ₸300 million"). Built on Intl so that the Kazakh and
 * Russian editions only change the locale.
 */
export interface Formattable {
  value: number;
  unit: Unit;
  qualifier?: string | undefined;
}

const MILLION = 1_000_000;

export function formatNumber(value: number, locale = defaultLocale): string {
  const big = Math.abs(value) >= MILLION;
  return new Intl.NumberFormat(locale, {
    maximumFractionDigits: big ? 2 : 1,
    ...(big ? { notation: 'compact', compactDisplay: 'long' } : {}),
  }).format(value);
}

/**
 * Money: Intl's compact currency style only knows the short words ("₸1.4B"),
 * so the long word ("billion") is taken from a compact number and put in the
 * place the locale gives the short one.
 */
export function formatMoney(value: number, currency: 'KZT' | 'RUB', locale = defaultLocale): string {
  // Roubles are named after the number, in the word the source uses ("278 million rubles").
  if (currency === 'RUB') return `${formatNumber(value, locale)} ${currencyWords.RUB}`;
  const big = Math.abs(value) >= MILLION;
  const display = 'narrowSymbol';
  const money = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    currencyDisplay: display,
    maximumFractionDigits: big ? 2 : 0,
    ...(big ? { notation: 'compact', compactDisplay: 'short' } : {}),
  });
  if (!big) return money.format(value);
  const long = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 })
    .formatToParts(value)
    .find((part) => part.type === 'compact')?.value;
  return money
    .formatToParts(value)
    .map((part) => (part.type === 'compact' && long ? ` ${long}` : part.value))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

export function formatValue({ value, unit }: Formattable, locale = defaultLocale): string {
  switch (unit) {
    case 'percent':
    case 'percent-change':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
    case 'KZT':
    case 'RUB':
      return formatMoney(value, unit, locale);
    case 'days':
      return new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(value);
    case 'MCI':
      return `${formatNumber(value, locale)} MCI`;
    case 'count':
      return formatNumber(value, locale);
  }
}

/** The value with its hedge: "more than 5,000", "about 80%". */
export function formatFigure(figure: Formattable, locale = defaultLocale): string {
  const value = formatValue(figure, locale);
  return figure.qualifier ? `${figure.qualifier} ${value}` : value;
}

/** A bare number for ranges written around one unit: "from 40 to 80 MCI". */
export function formatBare(figure: Formattable, locale = defaultLocale): string {
  const text = figure.unit === 'count' || figure.unit === 'MCI' || figure.unit === 'days' ? formatNumber(figure.value, locale) : formatValue(figure, locale);
  return figure.qualifier ? `${figure.qualifier} ${text}` : text;
}

/** A file's size as download links give it: "(3 KB)", at least 1 KB, in the locale's digits. */
export function formatSize(bytes: number, locale = defaultLocale): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1024)))} KB`;
}
