import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { lenientGlob } from './sheets.ts';
import { syncWhenSaved } from './settled-watcher.ts';
import { parseYaml } from '../checks/yaml-document.ts';
import { parseRecords } from '../checks/records.ts';
import { languages, defaultLang } from '../i18n/locales.ts';

const TRANSLATIONS = 'content/translations';
const others = languages.filter((l) => l !== defaultLang);

/**
 * The words of metrics, topics or sources in each edition other than
 * English (content/translations/<lang>/<file>), as one collection whose ids
 * are "<lang>/<key>". Records with problems are left out: the content check
 * reports them, and a record without words in an edition falls back to
 * English.
 */
export function translatedRecords(fileName: string, schema: z.ZodType): Loader {
  return {
    name: 'translated-records',
    async load({ config, store, parseData, watcher }) {
      const paths = others.map((lang) => ({ lang, file: `${TRANSLATIONS}/${lang}/${fileName}`, path: fileURLToPath(new URL(`${TRANSLATIONS}/${lang}/${fileName}`, config.root)) }));
      const sync = async () => {
        store.clear();
        for (const { lang, file, path } of paths) {
          const text = await readFile(path, 'utf8').catch(() => '');
          if (!text) continue;
          for (const [key, { data }] of parseRecords({ file, text }, schema).records) {
            const id = `${lang}/${key}`;
            store.set({ id, data: await parseData({ id, data: toRecord(data) }), filePath: file });
          }
        }
      };
      await sync();
      syncWhenSaved(watcher, paths.map((p) => p.path), sync);
    },
  };
}

/** The methodology and glossary page, one entry per edition: "en" from content/about.yaml, the others from their translations. */
export function aboutPages(schema: z.ZodType): Loader {
  return {
    name: 'about-pages',
    async load({ config, store, parseData, watcher }) {
      const files = languages.map((lang) => ({ lang, file: lang === defaultLang ? 'content/about.yaml' : `${TRANSLATIONS}/${lang}/about.yaml` }));
      const paths = files.map((f) => ({ ...f, path: fileURLToPath(new URL(f.file, config.root)) }));
      const sync = async () => {
        store.clear();
        for (const { lang, file, path } of paths) {
          const text = await readFile(path, 'utf8').catch(() => '');
          if (!text) continue;
          const { doc } = parseYaml(file, text, { expected: 'valid YAML', duplicate: 'a field written twice', duplicateHint: '' });
          if (doc.errors.length > 0) continue;
          const parsed = schema.safeParse(doc.toJS());
          if (parsed.success) store.set({ id: lang, data: await parseData({ id: lang, data: toRecord(parsed.data) }), filePath: file });
        }
      };
      await sync();
      syncWhenSaved(watcher, paths.map((p) => p.path), sync);
    },
  };
}

/** Sheets' translations, content/translations/<lang>/<year>/<topic>.mdx, with ids "<lang>/<year>/<topic>". */
export const sheetTranslations = (): Loader =>
  lenientGlob('sheet-translations', { pattern: `{${others.join(',')}}/[0-9][0-9][0-9][0-9]/*.mdx`, base: TRANSLATIONS, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') });

function toRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? Object.fromEntries(Object.entries(value)) : {};
}
