import { CORE_SCHEMA, YAMLException, load } from 'js-yaml';
import { LineCounter, parseDocument } from 'yaml';
import type { Problem } from '../lib/problem.ts';

/** What a text is, in a problem's words: what was expected, and how to name and fix a key written twice. */
export interface YamlWords {
  expected: string;
  duplicate: string;
  duplicateHint: string;
}

const SYNTAX_HINT = 'a value that contains ": " or starts with { [ or \' must be quoted';

/**
 * A YAML text parsed as the checks read it (duplicate keys are errors), with
 * each syntax error as a problem at its place. `firstLine` shifts places for
 * frontmatter, which starts below a --- line; `words` says what the text is.
 */
export function parseYaml(file: string, text: string, words: YamlWords, firstLine = 1) {
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
      hint: duplicate ? words.duplicateHint : SYNTAX_HINT,
    };
  });
  return { doc, lines, problems };
}

/**
 * The fields a frontmatter writes, as written (the schema checks them next),
 * or its problems when it has any: a sheet's or a translation's. A frontmatter
 * that is not a map of fields writes none, and the schema names what is
 * missing. The text is read with js-yaml, the parser Astro reads frontmatter
 * with, under YAML 1.2's core schema, which is what `yaml` reads by default:
 * about ten times faster, which is a second of a 1,000-sheet build. A text it
 * refuses is read again by parseYaml, which knows where each error is; one
 * that only js-yaml refuses (an alias to no anchor, a tag the core schema does
 * not know, such as !!binary) is reported at the place js-yaml gives: no sheet
 * has a use for it.
 */
export function readFrontmatter(file: string, text: string, words: YamlWords, firstLine = 1): { fields: Record<string, unknown>; problems: Problem[] } {
  let value: unknown;
  try {
    value = load(text, { schema: CORE_SCHEMA });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const { problems } = parseYaml(file, text, words, firstLine);
    if (problems.length > 0) return { fields: {}, problems };
    const { line, column } = error.mark;
    return {
      fields: {},
      problems: [{ rule: 'yaml-syntax', file, line: line + firstLine, column: column + 1, expected: words.expected, found: error.reason, hint: SYNTAX_HINT }],
    };
  }
  const fields = value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : {};
  return { fields, problems: [] };
}
