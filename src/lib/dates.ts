import { locale as defaultLocale } from '../i18n/en';
/**
 * Dates print in words, in UTC so that the build does not depend on the
 * machine's time zone: "31 October 2024", or "May 2025" for a month.
 */
export function formatIsoDate(iso: string, locale = defaultLocale): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || month === undefined) return iso;
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    ...(day === undefined ? {} : { day: 'numeric' }),
  }).format(date);
}
