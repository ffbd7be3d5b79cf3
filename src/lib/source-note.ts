import { locale as defaultLocale } from '../i18n/en';
import type { Source } from '../schemas/source';
import { formatIsoDate } from './dates';

/**
 * The text of a note for a cited source, in one order everywhere (notes,
 * previews, the sources page, print): publisher, “title”, date.
 */
export function sourceNoteText(source: Pick<Source, 'title' | 'publisher' | 'date'>, locale = defaultLocale): string {
  return `${source.publisher}, “${source.title}”, ${formatIsoDate(source.date, locale)}.`;
}
