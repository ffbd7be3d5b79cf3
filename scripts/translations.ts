// `npm run translations`: every sheet in every edition, missing, up to date or
// behind its English sheet, and the records (metrics, topics, sources) whose
// words an edition lacks. Exits 0: a translation in progress is not an error.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkContent } from '../src/checks/index.ts';
import { readContentFiles } from '../src/checks/read.ts';
import { statusLines, translationStatus } from '../src/checks/translation-status.ts';
import { defaultLang, languages } from '../src/i18n/locales.ts';

const root = process.cwd();
const langs = languages.filter((l) => l !== defaultLang);
const { sheets, translations } = checkContent(readContentFiles(root));
const rows = translationStatus(sheets, translations, langs);
console.log('Sheets:\n');
for (const line of statusLines(rows, langs)) console.log(`  ${line}`);

const keys = (file: string): string[] => {
  try {
    const data: unknown = parse(readFileSync(join(root, file), 'utf8'));
    return data !== null && typeof data === 'object' ? Object.keys(data) : [];
  } catch {
    return [];
  }
};
console.log('\nRecords without words in an edition (they show in English):\n');
for (const kind of ['metrics', 'topics', 'sources'] as const) {
  const english = keys(`content/${kind}.yaml`);
  for (const lang of langs) {
    const have = new Set(keys(`content/translations/${lang}/${kind}.yaml`));
    const missing = english.filter((k) => !have.has(k));
    console.log(`  ${kind} ${lang}: ${missing.length === 0 ? 'all translated' : `${missing.length} missing: ${missing.join(', ')}`}`);
  }
}
const todo = rows.reduce((n, r) => n + Object.values(r.editions).filter((s) => s.state !== 'current').length, 0);
console.log(`\n${rows.length} sheets × ${langs.length} editions: ${rows.length * langs.length - todo} up to date, ${todo} missing or behind.`);
