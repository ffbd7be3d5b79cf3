/**
 * The words of each edition laid over the language-neutral records: a
 * metric's label, a topic's title, a source's title, a sheet's text. Every
 * record keeps its values, dates and keys from the English files; only
 * words change, and a record without words in an edition keeps its English
 * words (the page says so where a whole sheet is untranslated).
 */
import type { CollectionEntry } from 'astro:content';
import { lookup } from './lookup.ts';
import { defaultLang, type Lang } from './i18n/locales.ts';

export type Translation = CollectionEntry<'translations'>;

/** A metric with its label and definition in the edition's words. */
export async function inLang(entry: CollectionEntry<'metrics'>, lang: Lang): Promise<CollectionEntry<'metrics'>>;
export async function inLang(entry: CollectionEntry<'topics'>, lang: Lang): Promise<CollectionEntry<'topics'>>;
export async function inLang(entry: CollectionEntry<'sources'>, lang: Lang): Promise<CollectionEntry<'sources'>>;
export async function inLang(entry: CollectionEntry<'metrics' | 'topics' | 'sources'>, lang: Lang) {
  if (lang === defaultLang) return entry;
  const id = `${lang}/${entry.id}`;
  switch (entry.collection) {
    case 'metrics': {
      const words = await lookup.metricTexts(id);
      return words ? { ...entry, data: { ...entry.data, ...words.data } } : entry;
    }
    case 'topics': {
      const words = await lookup.topicTexts(id);
      return words ? { ...entry, data: { ...entry.data, ...words.data } } : entry;
    }
    case 'sources': {
      const words = await lookup.sourceTexts(id);
      return words ? { ...entry, data: { ...entry.data, ...words.data } } : entry;
    }
  }
}

/** A sheet's translation into an edition, if there is one. */
export async function translationOf(sheetId: string, lang: Lang): Promise<Translation | undefined> {
  if (lang === defaultLang) return undefined;
  return lookup.translations(`${lang}/${sheetId}`);
}
