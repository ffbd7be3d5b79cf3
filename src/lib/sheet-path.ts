import type { Problem } from './problem';
import { show } from './problem';

/**
 * A sheet lives at content/entries/<year>/<topic>.mdx. The path decides the
 * address; the frontmatter repeats year and topic so that a file copied into
 * the wrong folder is caught rather than published under the wrong year.
 */
export function checkSheetPath(relativePath: string, data: Record<string, unknown>, file: string): Problem | undefined {
  const match = /^(\d{4})\/([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/.exec(relativePath);
  if (!match) {
    return {
      file,
      expected: 'a path of the form content/entries/<year>/<topic>.mdx, such as content/entries/2025/detection.mdx',
      found: show(relativePath),
    };
  }
  if (Object.keys(data).length === 0) {
    return {
      file,
      line: 1,
      expected: 'frontmatter between two --- lines (title, year, topic, period, summary, published, figures)',
      found: 'an empty file or no frontmatter',
      hint: 'copy content/entries/_template.mdx.txt or run npm run new -- <year> <topic>',
    };
  }
  const [, year, topic] = match;
  if (data['year'] !== Number(year)) {
    return { file, field: 'year', expected: `${year}, the year of the folder the file is in`, found: show(data['year']) };
  }
  if (data['topic'] !== topic) {
    return { file, field: 'topic', expected: `"${topic}", the file's name`, found: show(data['topic']) };
  }
  return undefined;
}
