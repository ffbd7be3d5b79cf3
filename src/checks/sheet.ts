import { z } from 'astro/zod';
import type { Problem } from '../lib/problem.ts';
import { checkSheetPath, sheetIdOf } from '../lib/sheet-path.ts';
import { issuesToProblems } from '../lib/zod-problems.ts';
import { yamlPlaceFinder, type Place } from '../lib/yaml-lines.ts';
import { makeEntrySchema } from '../schemas/entry.ts';
import { ENTRIES, type TextFile } from './files.ts';
import { readFrontmatter } from './yaml-document.ts';

/**
 * A sheet's file split into what the checks need: its frontmatter (raw, and
 * typed when it matches the schema), its body with the frontmatter blanked
 * out so that the body's line numbers are the file's, and the problems found
 * so far. References are plain keys here; the reference rules check them.
 */
export const sheetSchema = makeEntrySchema({ topic: z.string(), metric: z.string(), source: z.string() });
export type SheetData = z.output<typeof sheetSchema>;

export interface ParsedSheet {
  file: string;
  /** "2025/detection", or undefined for a file that is not at a sheet's path. */
  id: string | undefined;
  raw: Record<string, unknown>;
  /** False when the frontmatter is not valid YAML. */
  readable: boolean;
  data: SheetData | undefined;
  body: string;
  placeOf: (path: readonly PropertyKey[]) => Place | undefined;
  problems: Problem[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

export function parseSheet({ file, text: written }: TextFile): ParsedSheet {
  // Some editors on Windows save a byte-order mark first; it is not part of the text.
  const text = written.replace(/^\uFEFF/, '');
  const relative = file.startsWith(`${ENTRIES}/`) ? file.slice(ENTRIES.length + 1) : file;
  const match = FRONTMATTER.exec(text);
  const yaml = match?.[1] ?? '';
  // Blank lines in place of the frontmatter keep the body's lines the file's.
  const body = match ? '\n'.repeat(match[0].split('\n').length - 1) + text.slice(match[0].length) : text;
  const find = yamlPlaceFinder(yaml, 2);
  // A field missing at the top is reported on the frontmatter's first line, where it would go.
  const placeOf = (path: readonly PropertyKey[]) => find(path) ?? (match ? { line: 2, column: 1 } : undefined);
  const sheet: ParsedSheet = { file, id: sheetIdOf(relative), raw: {}, readable: true, data: undefined, body, placeOf, problems: [] };
  if (match) {
    const { fields, problems } = readFrontmatter(
      file,
      yaml,
      { expected: 'frontmatter in valid YAML (field: value, one per line; lists with "- ")', duplicate: 'a field written twice', duplicateHint: 'keep one of the two' },
      2,
    );
    sheet.problems.push(...problems);
    if (problems.length > 0) {
      sheet.readable = false;
      return sheet;
    }
    sheet.raw = fields;
  }
  if (!match && /^---[ \t]*\r?\n/.test(text)) {
    // Without its closing line the frontmatter would be read as the body; say what is missing instead.
    sheet.readable = false;
    sheet.body = '';
    sheet.problems.push({
      rule: 'yaml-syntax',
      file,
      line: 1,
      column: 1,
      expected: 'frontmatter closed by a second --- line',
      found: 'only the opening ---',
      hint: 'add a line with --- after the last field, before the text of the sheet',
    });
    return sheet;
  }
  const pathProblem = checkSheetPath(relative, sheet.raw, file, (field) => placeOf([field]));
  if (pathProblem) {
    sheet.problems.push(pathProblem);
    if (pathProblem.rule !== 'path-mismatch') return sheet;
  }
  const checked = sheetSchema.safeParse(sheet.raw);
  if (checked.success) sheet.data = checked.data;
  else sheet.problems.push(...issuesToProblems(checked.error.issues, { file, data: sheet.raw, placeOf, schema: sheetSchema }));
  return sheet;
}

/** Ids of the figures or charts the raw frontmatter declares, readable even when the schema refuses the sheet. */
export function declaredIds(raw: Record<string, unknown>, field: 'figures' | 'charts'): string[] | undefined {
  const list = raw[field];
  if (list === undefined) return field === 'charts' ? [] : undefined;
  if (!Array.isArray(list)) return undefined;
  return list.flatMap((f: unknown) => (f !== null && typeof f === 'object' && 'id' in f && typeof f.id === 'string' ? [f.id] : []));
}
