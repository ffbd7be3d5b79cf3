import type { Problem } from '../lib/problem.ts';
import { issuesToProblems } from '../lib/zod-problems.ts';
import { yamlPlaceFinder, type Place } from '../lib/yaml-lines.ts';
import { isLang, type Lang } from '../i18n/locales.ts';
import { sheetTranslationSchema, type SheetTranslation } from '../schemas/translation.ts';
import type { TextFile } from './files.ts';
import { readFrontmatter } from './yaml-document.ts';

/**
 * A sheet's translation as its file is written: its edition and English sheet
 * (from its path), its frontmatter read and checked against the schema, and
 * its body. translation.ts compares it with its English original.
 */
export const TRANSLATIONS = 'content/translations';

export interface ParsedTranslation {
  file: string;
  lang: Lang | undefined;
  /** The English sheet's id, "2024/detection". */
  sheetId: string | undefined;
  raw: Record<string, unknown>;
  data: SheetTranslation | undefined;
  body: string;
  placeOf: (path: readonly PropertyKey[]) => Place | undefined;
  problems: Problem[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;
const PATH = /^content\/translations\/([a-z]{2})\/(\d{4}\/[a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;
export const NUMBERS_ONCE = 'a translation holds words only: numbers, hedges, dates and sources are stated once, in the English sheet';

export function parseTranslation({ file, text: written }: TextFile): ParsedTranslation {
  const text = written.replace(/^\uFEFF/, '');
  const match = FRONTMATTER.exec(text);
  const yaml = match?.[1] ?? '';
  const body = match ? '\n'.repeat(match[0].split('\n').length - 1) + text.slice(match[0].length) : text;
  const find = yamlPlaceFinder(yaml, 2);
  const placeOf = (path: readonly PropertyKey[]) => find(path) ?? { line: 2, column: 1 };
  const path = PATH.exec(file);
  const lang = path?.[1];
  const t: ParsedTranslation = { file, lang: isLang(lang) && lang !== 'en' ? lang : undefined, sheetId: path?.[2], raw: {}, data: undefined, body, placeOf, problems: [] };
  if (!t.lang || !t.sheetId) {
    t.problems.push({
      rule: 'translation-path',
      file,
      line: 1,
      message: 'a translation’s file is not at a translation’s path',
      hint: 'put the translation of content/entries/<year>/<topic>.mdx at content/translations/<ru|kk>/<year>/<topic>.mdx',
    });
    return t;
  }
  if (!match) {
    t.problems.push({ rule: 'missing-field', file, line: 1, message: 'the translation has no frontmatter', hint: 'start with the lines of `npm run new -- --translate <ru|kk> <year> <topic>`' });
    return t;
  }
  const { fields, problems } = readFrontmatter(file, yaml, { expected: 'frontmatter in valid YAML', duplicate: 'a field written twice', duplicateHint: 'keep one of the two' }, 2);
  t.problems.push(...problems);
  if (problems.length > 0) return t;
  t.raw = fields;
  const checked = sheetTranslationSchema.safeParse(t.raw);
  if (checked.success) t.data = checked.data;
  else {
    const found = issuesToProblems(checked.error.issues, { file, data: t.raw, placeOf, schema: sheetTranslationSchema });
    // A number written into a translation's figure is the mistake this layout exists to prevent: say so.
    t.problems.push(...found.map((p) => (p.rule === 'unknown-field' && p.field?.startsWith('figures.') ? { ...p, hint: NUMBERS_ONCE } : p)));
  }
  return t;
}
