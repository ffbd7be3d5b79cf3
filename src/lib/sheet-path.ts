import type { Problem } from './problem.ts';
import { show } from './problem.ts';

/**
 * A sheet lives at content/entries/<year>/<topic>.mdx. The path decides the
 * address; the frontmatter repeats year and topic so that a file copied into
 * the wrong folder is caught rather than published under the wrong year.
 */
export const SHEET_PATH = /^(\d{4})\/([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;

/** The sheet id ("2025/detection") of a path under content/entries, or undefined if it is not a sheet's path. */
export function sheetIdOf(relativePath: string): string | undefined {
  return SHEET_PATH.test(relativePath) ? relativePath.replace(/\.mdx$/, '') : undefined;
}

export function checkSheetPath(
  relativePath: string,
  data: Record<string, unknown>,
  file: string,
  placeOf: (field: string) => { line: number; column: number } | undefined = () => undefined,
): Problem | undefined {
  const match = SHEET_PATH.exec(relativePath);
  if (!match) {
    return {
      rule: 'sheet-path',
      file,
      line: 1,
      expected: 'a path of the form content/entries/<year>/<topic>.mdx, such as content/entries/2025/detection.mdx',
      found: show(relativePath),
      hint: 'sheets are .mdx files named after their topic, in a folder named after their year',
    };
  }
  if (Object.keys(data).length === 0) {
    return {
      rule: 'empty-file',
      file,
      line: 1,
      expected: 'frontmatter between two --- lines (title, year, topic, period, summary, published, figures)',
      found: 'an empty file or no frontmatter',
      hint: 'copy content/_template.mdx or run npm run new -- <year> <topic>',
    };
  }
  const [, year, topic] = match;
  if (data['year'] !== Number(year)) {
    return { rule: 'path-mismatch', file, ...placeOf('year'), field: 'year', expected: `${year}, the year of the folder the file is in`, found: show(data['year']) };
  }
  if (data['topic'] !== topic) {
    return { rule: 'path-mismatch', file, ...placeOf('topic'), field: 'topic', expected: `"${topic}", the file's name`, found: show(data['topic']), hint: 'move the file, or change the field to agree with it' };
  }
  return undefined;
}
