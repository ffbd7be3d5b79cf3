import type { z } from 'astro/zod';
import type { Problem } from '../lib/problem.ts';
import { issuesToProblems } from '../lib/zod-problems.ts';
import { yamlPlaceFinder } from '../lib/yaml-lines.ts';
import { aboutSchema, metricTextSchema, sourceTextSchema, topicTextSchema, type About } from '../schemas/translation.ts';
import type { TextFile } from './files.ts';
import { parseRecords } from './records.ts';
import type { ParsedSheet } from './sheet.ts';
import { translationProblems } from './translation.ts';
import { parseTranslation, TRANSLATIONS, type ParsedTranslation } from './translation-file.ts';
import { parseYaml } from './yaml-document.ts';

/**
 * Every file under content/translations/<lang>/: sheets checked against
 * their English originals, and the words of metrics, topics, sources and the
 * glossary checked against the English records' keys. A record not yet
 * translated is not a problem (the page falls back to English);
 * `npm run translations` lists them.
 */
export interface EnglishKeys {
  metrics: ReadonlySet<string> | undefined;
  topics: ReadonlySet<string> | undefined;
  sources: ReadonlySet<string> | undefined;
  glossary: readonly string[] | undefined;
}

const RECORD_FILES = {
  'metrics.yaml': { schema: metricTextSchema, what: 'metric', english: 'content/metrics.yaml', keys: 'metrics' },
  'topics.yaml': { schema: topicTextSchema, what: 'topic', english: 'content/topics.yaml', keys: 'topics' },
  'sources.yaml': { schema: sourceTextSchema, what: 'source', english: 'content/sources.yaml', keys: 'sources' },
} as const;

/**
 * A translation is compared with its English sheet only once that sheet has
 * no problem of its own (`broken` lists the files that do): a mistake in the
 * original is reported once, where it is, not again in every translation.
 */
export function checkTranslations(
  files: readonly TextFile[],
  sheets: readonly ParsedSheet[],
  english: EnglishKeys,
  broken: ReadonlySet<string>,
): { problems: Problem[]; translations: ParsedTranslation[] } {
  const problems: Problem[] = [];
  const translations: ParsedTranslation[] = [];
  const byId = new Map(sheets.flatMap((s) => (s.id ? [[s.id, s] as const] : [])));
  for (const file of files) {
    const name = file.file.slice(TRANSLATIONS.length + 1).split('/');
    const [lang = '', base = ''] = name;
    if (name.length === 2 && (lang === 'ru' || lang === 'kk') && base in RECORD_FILES) {
      const spec = RECORD_FILES[base as keyof typeof RECORD_FILES];
      problems.push(...recordProblems(file, spec.schema, english[spec.keys], spec.what, spec.english));
    } else if (name.length === 2 && (lang === 'ru' || lang === 'kk') && base === 'about.yaml') {
      problems.push(...aboutProblems(file, english.glossary).problems);
    } else {
      const t = parseTranslation(file);
      translations.push(t);
      const original = t.sheetId ? byId.get(t.sheetId) : undefined;
      problems.push(...t.problems);
      if (!original || !broken.has(original.file)) problems.push(...translationProblems(t, original, english.sources));
    }
  }
  return { problems, translations };
}

function recordProblems(file: TextFile, schema: z.ZodType, keys: ReadonlySet<string> | undefined, what: string, englishFile: string): Problem[] {
  const records = parseRecords(file, schema);
  const orphans = keys
    ? [...records.keys].filter(([key]) => !keys.has(key)).map(([key, place]): Problem => ({
        rule: 'translation-orphan',
        file: file.file,
        line: place.line,
        column: place.column,
        message: `${key} is not a ${what} of ${englishFile}`,
        hint: `translations use the English records' keys; ${what}s there: ${[...keys].slice(0, 6).join(', ')}${keys.size > 6 ? ', …' : ''}`,
      }))
    : [];
  return [...records.problems, ...orphans];
}

/** The methodology and glossary page in one language; in a translation the glossary's term ids must be the English ones. */
export function aboutProblems(file: TextFile, englishIds: readonly string[] | undefined): { problems: Problem[]; data: About | undefined } {
  const { doc, problems } = parseYaml(file.file, file.text.replace(/^\uFEFF/, ''), { expected: 'valid YAML', duplicate: 'a field written twice', duplicateHint: 'keep one of the two' });
  if (doc.errors.length > 0) return { problems, data: undefined };
  const raw: unknown = doc.toJS();
  const placeOf = yamlPlaceFinder(file.text, 1);
  const checked = aboutSchema.safeParse(raw);
  if (!checked.success) return { problems: [...problems, ...issuesToProblems(checked.error.issues, { file: file.file, data: raw, placeOf, schema: aboutSchema })], data: undefined };
  const ids = checked.data.glossary.terms.map((t) => t.id);
  if (englishIds && ids.join() !== englishIds.join()) {
    problems.push({
      rule: 'translation-glossary',
      file: file.file,
      ...(placeOf(['glossary', 'terms']) ?? {}),
      message: `the glossary's terms are ${ids.join(', ')} here and ${englishIds.join(', ')} in content/about.yaml`,
      hint: 'translate every term of the English glossary, with the same ids, in the same order',
    });
  }
  return { problems, data: checked.data };
}
