import type { Lang } from '../i18n/locales.ts';
import type { Source } from '../schemas/source.ts';
import { formatIsoDate } from './dates.ts';

/**
 * The text of a note for a cited source, in one order everywhere (notes,
 * previews, the sources page, print): publisher, “title”, date.
 */
export function sourceNoteText(source: Pick<Source, 'title' | 'publisher' | 'date'>, lang: Lang = 'en'): string {
  const [open, close] = lang === 'en' ? ['“', '”'] : ['«', '»'];
  const date = formatIsoDate(source.date, lang);
  // Russian dates end in «г.», which also ends the sentence.
  return `${source.publisher}, ${open}${source.title}${close}, ${date}${date.endsWith('.') ? '' : '.'}`;
}
