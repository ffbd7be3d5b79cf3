import { currency as currencyWords } from '../i18n/en.ts';
import { editions, type Lang } from '../i18n/locales.ts';
import { numberFormat, pluralRules, withNumberData } from './intl.ts';
import type { Unit } from '../schemas/metric.ts';
import type { Qualifier } from '../schemas/figure.ts';
import { withEnding, type KazakhCase } from './kazakh.ts';
import { kilobytes } from './kilobytes.mjs';
import { uiFor } from '../i18n/ui.ts';

/**
 * Numbers as readers of each edition expect them, all through Intl: in
 * English thousands separators below a million, "66 million" and
 * "₸1.4 billion" above; in Russian and Kazakh "15 905", "66 млн", "1,4 млрд ₸";
 * percentages with one decimal at most; and the source's hedge phrased as
 * each language phrases it ("more than 5,000", «более 5 000», «5 000-нан астам»).
 */
export interface Formattable {
  value: number;
  unit: Unit;
  qualifier?: Qualifier | undefined;
}

const MILLION = 1_000_000;
// Numbers in the first of the edition's locales that has number data where this runs (a browser may lack Kazakh's).
const numberLocales = new Map<Lang, string[]>();
const intl = (lang: Lang): string[] => {
  let locales = numberLocales.get(lang);
  if (!locales) {
    const all = editions[lang].intl;
    const best = withNumberData(all);
    numberLocales.set(lang, (locales = best ? [best] : all));
  }
  return locales;
};

/**
 * Russian and Kazakh abbreviate millions and billions the same way. Written
 * here rather than left to Intl's compact notation, because browsers ship
 * trimmed locale data (Chromium prints "₸ 500M" for kk-KZ), and a chart's axis
 * must read like the page around it.
 */
const SCALES = [
  [1_000_000_000, 'млрд'],
  [MILLION, 'млн'],
] as const;
const NBSP = '\u00a0';

export function formatNumber(value: number, lang: Lang = 'en'): string {
  const big = Math.abs(value) >= MILLION;
  if (big && lang !== 'en') {
    const [scale, word] = SCALES.find(([s]) => Math.abs(value) >= s) ?? SCALES[1];
    return `${numberFormat(intl(lang), { maximumFractionDigits: 2 }).format(value / scale)}${NBSP}${word}`;
  }
  return numberFormat(intl(lang), {
    maximumFractionDigits: big ? 2 : 1,
    // English writes "66 million".
    ...(big ? { notation: 'compact', compactDisplay: 'long' } : {}),
  }).format(value);
}

/** Roubles, named as each language names them after a number. */
function rubles(value: number, lang: Lang): string {
  const number = formatNumber(value, lang);
  if (lang === 'en') return `${number} ${currencyWords.RUB}`;
  if (lang === 'kk') return `${number} рубль`;
  // After «млн», «млрд» and most numbers Russian takes the genitive plural.
  if (Math.abs(value) >= MILLION) return `${number} рублей`;
  const form = pluralRules('ru-RU').select(value);
  return `${number} ${form === 'one' ? 'рубль' : form === 'few' ? 'рубля' : 'рублей'}`;
}

/**
 * Money: Intl's compact currency style only knows the short words ("₸1.4B"),
 * so in English the long word ("billion") is taken from a compact number and
 * put in the place the locale gives the short one. Russian and Kazakh keep
 * Intl's own short form, «1,4 млрд ₸».
 */
export function formatMoney(value: number, currency: 'KZT' | 'RUB', lang: Lang = 'en'): string {
  if (currency === 'RUB') return rubles(value, lang);
  const big = Math.abs(value) >= MILLION;
  // Russian and Kazakh put the tenge sign after the amount: «1,4 млрд ₸», «250 000 ₸».
  if (lang !== 'en') return `${big ? formatNumber(value, lang) : numberFormat(intl(lang), { maximumFractionDigits: 0 }).format(value)}${NBSP}₸`;
  const money = numberFormat(intl(lang), {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    maximumFractionDigits: big ? 2 : 0,
    ...(big ? { notation: 'compact', compactDisplay: 'short' } : {}),
  });
  if (!big) return money.format(value);
  const long = numberFormat(intl(lang), { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 })
    .formatToParts(value)
    .find((part) => part.type === 'compact')?.value;
  return money
    .formatToParts(value)
    .map((part) => (part.type === 'compact' && long ? ` ${long}` : part.value))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Days: «20 суток» in Russian (a hedge takes the genitive, which is «суток» for every number), «20 тәулік» in Kazakh. */
function days(value: number, lang: Lang, genitive: boolean): string {
  const number = formatNumber(value, lang);
  if (lang === 'en') return numberFormat('en-GB', { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(value);
  if (lang === 'kk') return `${number} тәулік`;
  return `${number} ${!genitive && pluralRules('ru-RU').select(value) === 'one' ? 'сутки' : 'суток'}`;
}

const MCI: Record<Lang, string> = { en: 'MCI', ru: 'МРП', kk: 'АЕК' };

function valueText({ value, unit }: Formattable, lang: Lang, genitive: boolean): string {
  switch (unit) {
    case 'percent':
    case 'percent-change':
      return numberFormat(intl(lang), { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
    case 'KZT':
    case 'RUB':
      return formatMoney(value, unit, lang);
    case 'days':
      return days(value, lang, genitive);
    case 'MCI':
      return `${formatNumber(value, lang)} ${MCI[lang]}`;
    case 'count':
      return formatNumber(value, lang);
  }
}

/** The value and its unit, without a hedge: "₸1.4 billion", «1,4 млрд ₸», «20 суток». */
export const formatValue = (figure: Formattable, lang: Lang = 'en') => valueText(figure, lang, false);

/**
 * Hedges as each language puts them, as data. Russian: a word before the
 * number, which then stands in the genitive (except after «почти»). Kazakh:
 * «шамамен» before; the others after the number, which takes the ablative
 * (астам) or the dative (жуық, дейін) ending.
 */
interface Hedge {
  word: string;
  /** The word follows the number (Kazakh postpositions). */
  after?: true;
  /** The form the number takes: genitive in Russian, an ending in Kazakh. */
  form?: 'genitive' | KazakhCase;
}
const HEDGES: Record<Lang, Record<Qualifier, Hedge>> = {
  en: {
    'more than': { word: 'more than' },
    over: { word: 'over' },
    about: { word: 'about' },
    almost: { word: 'almost' },
    'up to': { word: 'up to' },
  },
  ru: {
    'more than': { word: 'более', form: 'genitive' },
    over: { word: 'свыше', form: 'genitive' },
    about: { word: 'около', form: 'genitive' },
    almost: { word: 'почти' },
    'up to': { word: 'до', form: 'genitive' },
  },
  kk: {
    'more than': { word: 'астам', after: true, form: 'ablative' },
    over: { word: 'астам', after: true, form: 'ablative' },
    about: { word: 'шамамен' },
    almost: { word: 'жуық', after: true, form: 'dative' },
    'up to': { word: 'дейін', after: true, form: 'dative' },
  },
};

/**
 * A hedged value in its parts, for places that set the hedge apart from the
 * number (the key-figure cards): «шамамен» + «8 000», «5 000-нан» + «астам».
 * The number keeps any ending it takes.
 */
export interface FigureParts {
  before: string;
  value: string;
  after: string;
}

function parts(figure: Formattable, lang: Lang, text: (genitive: boolean) => string): FigureParts {
  if (!figure.qualifier) return { before: '', value: text(false), after: '' };
  const { word, after, form } = HEDGES[lang][figure.qualifier];
  const value = text(form === 'genitive');
  const inForm = form === 'ablative' || form === 'dative' ? withEnding(value, form) : value;
  return after ? { before: '', value: inForm, after: word } : { before: word, value: inForm, after: '' };
}

const joined = ({ before, value, after }: FigureParts) => [before, value, after].filter(Boolean).join(' ');

/** The value with its hedge in parts: see FigureParts. */
export const figureParts = (figure: Formattable, lang: Lang = 'en') => parts(figure, lang, (genitive) => valueText(figure, lang, genitive));

/** The value with its hedge: "more than 5,000", «около 80 %», «1 млрд ₸-ге жуық». */
export const formatFigure = (figure: Formattable, lang: Lang = 'en') => joined(figureParts(figure, lang));

/** A bare number for ranges written around one unit: "from 40 to 80 MCI". */
export function bareParts(figure: Formattable, lang: Lang = 'en'): FigureParts {
  if (figure.unit !== 'count' && figure.unit !== 'MCI' && figure.unit !== 'days') return figureParts(figure, lang);
  return parts(figure, lang, () => formatNumber(figure.value, lang));
}
export const formatBare = (figure: Formattable, lang: Lang = 'en') => joined(bareParts(figure, lang));

/** A file's size as download links give it: "3 KB", at least 1 KB, in the locale's digits (src/lib/kilobytes.mjs). */
export const formatSize = (bytes: number, lang: Lang = 'en'): string => kilobytes(bytes, intl(lang), uiFor(lang).data.kilobytes);
