import { editions, type Lang } from '../i18n/locales.ts';
import { dateTimeFormat } from './intl.ts';

/**
 * Dates print in words, in the edition's language, in UTC so that the build
 * does not depend on the machine's time zone: "31 October 2024",
 * «31 октября 2024 г.», «2024 ж. 31 қазан»; or "May 2025" for a month.
 */
export function formatIsoDate(iso: string, lang: Lang = 'en'): string {
  // A few hundred dates, printed hundreds of thousands of times in a large build.
  const key = `${lang} ${iso}`;
  let text = printed.get(key);
  if (text === undefined) printed.set(key, (text = printDate(iso, lang)));
  return text;
}

const printed = new Map<string, string>();

function printDate(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || month === undefined) return iso;
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  return dateTimeFormat(editions[lang].intl, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    ...(day === undefined ? {} : { day: 'numeric' }),
  }).format(date);
}
