// The corpus's sheets: one per year and topic, each a copy of one of the
// project's published sheets (round robin), with its Russian and Kazakh
// translations copied the same way. A real sheet whose own year and topic
// fall inside the corpus stays where it is, unchanged, so the real site is
// part of every corpus of twenty sheets or more.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readFrontmatter, setFields } from './frontmatter.mjs';
import { TOPICS_PER_YEAR } from './args.mjs';

const NEWEST_YEAR = 2025;
/** The sheet schema's bounds for `year` (src/schemas/entry.ts). */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/**
 * `count` years, counting down from 2025. The schema refuses years before
 * 2000, so past 26 years (260 sheets) the list goes on upwards from 2026:
 * 1,000 sheets span 2000–2099.
 */
export function yearsFor(count) {
  const years = [];
  for (let y = NEWEST_YEAR; y >= FIRST_YEAR && years.length < count; y--) years.push(y);
  for (let y = NEWEST_YEAR + 1; y <= LAST_YEAR && years.length < count; y++) years.push(y);
  if (years.length < count) throw new Error(`${count} years do not fit between ${FIRST_YEAR} and ${LAST_YEAR}`);
  return years;
}

/** The project's published English sheets, with the texts of their translations, in path order. */
function readRealSheets(content, langs) {
  const entries = join(content, 'entries');
  return readdirSync(entries, { recursive: true, encoding: 'utf8' })
    .map((f) => f.replaceAll('\\', '/'))
    .filter((f) => /^\d{4}\/[a-z0-9-]+\.mdx$/.test(f))
    .sort()
    .map((f) => {
      const id = f.replace(/\.mdx$/, '');
      const text = readFileSync(join(entries, f), 'utf8');
      const translations = {};
      for (const lang of langs) {
        const path = join(content, 'translations', lang, f);
        if (existsSync(path)) translations[lang] = readFileSync(path, 'utf8');
      }
      return { id, file: `content/entries/${f}`, text, data: readFrontmatter(text, f), translations };
    })
    // A draft is left out of the built site; copying one would add sheets without pages.
    .filter((s) => s.data.draft !== true);
}

const write = (path, text) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
};

/**
 * Replaces the sheets of the corpus at `dir` with `count` sheets over
 * `topics` (ten a year) and returns what was written.
 */
export function writeSheets(dir, topics, count, langs) {
  const content = join(dir, 'content');
  const real = readRealSheets(content, langs);
  if (real.length === 0) throw new Error('the project has no published sheet to copy');
  const realById = new Map(real.map((s) => [s.id, s]));
  // The copy's own sheets and translated sheets go; the data files (topics, metrics, sources, about) stay.
  rmSync(join(content, 'entries'), { recursive: true, force: true });
  for (const lang of langs) {
    const folder = join(content, 'translations', lang);
    for (const name of readdirSync(folder)) if (/^\d{4}$/.test(name)) rmSync(join(folder, name), { recursive: true });
  }
  const years = yearsFor(count / TOPICS_PER_YEAR);
  let copies = 0;
  let kept = 0;
  for (const year of years) {
    for (const topic of topics) {
      const id = `${year}/${topic}`;
      const own = realById.get(id);
      if (own) {
        kept += 1;
        write(join(content, 'entries', `${id}.mdx`), own.text);
        for (const [lang, text] of Object.entries(own.translations)) write(join(content, 'translations', lang, `${id}.mdx`), text);
        continue;
      }
      const from = real[copies % real.length];
      copies += 1;
      // The path sets year and topic and the frontmatter must agree; the suffix keeps every title unique.
      const suffix = ` · ${id}`;
      write(join(content, 'entries', `${id}.mdx`), setFields(from.text, { title: `${from.data.title}${suffix}`, year, topic }, from.file));
      for (const [lang, text] of Object.entries(from.translations)) {
        const file = `content/translations/${lang}/${from.id}.mdx`;
        write(join(content, 'translations', lang, `${id}.mdx`), setFields(text, { title: `${readFrontmatter(text, file).title}${suffix}` }, file));
      }
    }
  }
  return { sheets: years.length * topics.length, copies, kept, years, sources: real.map((s) => s.id) };
}
