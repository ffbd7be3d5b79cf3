import { LineCounter, parseDocument } from 'yaml';
import type { Problem } from '../lib/problem';

/**
 * A YAML text parsed as the checks read it (duplicate keys are errors), with
 * each syntax error as a problem at its place. `firstLine` shifts places for
 * frontmatter, which starts below a --- line; `words` says what the text is.
 */
export function parseYaml(file: string, text: string, words: { expected: string; duplicate: string; duplicateHint: string }, firstLine = 1) {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const problems: Problem[] = doc.errors.map((error) => {
    const at = lines.linePos(error.pos[0]);
    const duplicate = error.code === 'DUPLICATE_KEY';
    return {
      rule: duplicate ? 'duplicate-key' : 'yaml-syntax',
      file,
      line: at.line + firstLine - 1,
      column: at.col,
      expected: words.expected,
      found: duplicate ? words.duplicate : error.message.split('\n')[0],
      hint: duplicate ? words.duplicateHint : 'a value that contains ": " or starts with { [ or \' must be quoted',
    };
  });
  return { doc, lines, problems };
}
