// The corpus's ten topics: the project's own, then generated ones until there
// are ten. A generated topic needs what a real one has: a record in
// content/topics.yaml (title, description, order) and its words in each
// edition's translations/<lang>/topics.yaml, or its pages would fall back to English.
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { TOPICS_PER_YEAR } from './args.mjs';

/** Words of a generated topic in each edition; `n` is its number (7, 8, …). Topic records are not prose-checked, but no figure-like number is used anyway. */
const WORDS = {
  en: (n) => ({ title: `Generated topic ${n}`, description: 'A topic made up for the build benchmark; its sheets are copies of the real ones.' }),
  ru: (n) => ({ title: `Сгенерированная тема ${n}`, description: 'Тема, созданная для замера сборки; её справки — копии настоящих.' }),
  kk: (n) => ({ title: `Жасалған тақырып ${n}`, description: 'Құрастыруды өлшеу үшін жасалған тақырып; оның анықтамалары — нақтыларының көшірмелері.' }),
};

const record = (key, fields) => `${key}:\n${Object.entries(fields).map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`).join('\n')}\n`;

/**
 * Adds generated topics to the corpus's content/ (English and each
 * translation) and returns the ten topic keys in the order of the site's
 * topic lists.
 */
export function writeTopics(dir, langs) {
  const file = join(dir, 'content/topics.yaml');
  const records = Object.entries(parse(readFileSync(file, 'utf8')) ?? {});
  // Sorted as the site sorts them (order, default 100); a project with more than ten topics uses its first ten.
  const real = records
    .sort(([, a], [, b]) => (a.order ?? 100) - (b.order ?? 100))
    .map(([key]) => key)
    .slice(0, TOPICS_PER_YEAR);
  const lastOrder = Math.max(0, ...records.map(([, t]) => t.order ?? 0));
  const generated = [];
  for (let n = real.length + 1; n <= TOPICS_PER_YEAR; n++) generated.push({ key: `generated-topic-${n}`, n, order: lastOrder + generated.length + 1 });
  // Appended as text: the project's own records stay exactly as written.
  append(file, generated.map((t) => record(t.key, { ...WORDS.en(t.n), order: t.order })).join(''));
  for (const lang of langs) {
    if (!WORDS[lang]) throw new Error(`no words for generated topics in the edition "${lang}": add them to WORDS in scripts/bench/topics.mjs`);
    append(join(dir, `content/translations/${lang}/topics.yaml`), generated.map((t) => record(t.key, WORDS[lang](t.n))).join(''));
  }
  return [...real, ...generated.map((t) => t.key)];
}

/** Appends records, first ending the file's last line if it was not ended. */
function append(file, text) {
  if (!text) return;
  const before = readFileSync(file, 'utf8');
  appendFileSync(file, (before.endsWith('\n') || before === '' ? '' : '\n') + text);
}
