import type { Problem } from '../lib/problem';
import { bodyProblems, citedKeys } from '../markdown/body-rules';
import { sheetBody } from './mdx-body';
import { declaredIds, type ParsedSheet } from './sheet';

export interface BodyResult {
  problems: Problem[];
  cited: Set<string>;
}

export function checkBody(sheet: ParsedSheet, sourceKeys: ReadonlySet<string> | undefined): BodyResult {
  const parsed = sheetBody(sheet);
  if ('error' in parsed) {
    const { error } = parsed;
    const line = error instanceof Error && 'line' in error && typeof error.line === 'number' ? error.line : undefined;
    const column = error instanceof Error && 'column' in error && typeof error.column === 'number' ? error.column : undefined;
    const reason = error instanceof Error ? ('reason' in error && typeof error.reason === 'string' ? error.reason : error.message) : String(error);
    return {
      problems: [{ rule: 'mdx-syntax', file: sheet.file, line, column, message: reason, hint: syntaxHint(reason) }],
      cited: new Set(),
    };
  }
  const { tree } = parsed;
  const problems = bodyProblems(tree, {
    // Unreadable frontmatter declares nothing we know of: leave ids unchecked rather than report each one.
    figureIds: sheet.readable ? declaredIds(sheet.raw, 'figures') : undefined,
    chartIds: sheet.readable ? declaredIds(sheet.raw, 'charts') : undefined,
    sourceKeys,
  }).map(
    (p): Problem => ({ rule: p.rule, file: sheet.file, line: p.place?.start.line, column: p.place?.start.column, message: p.message, hint: p.hint }),
  );
  return { problems, cited: citedKeys(tree) };
}

/** The MDX reader's messages are technical; say what an editor most likely did. */
function syntaxHint(reason: string): string {
  if (/[“”‘’]/.test(reason)) return 'write attribute values in straight quotes: <Fig id="…"/>, not curly ones';
  if (/closing tag/i.test(reason)) return 'close the component in its own tag: <Fig id="…"/>, with the slash';
  if (/acorn|expression/i.test(reason)) return 'a { starts code in MDX; write \\{ for a brace in text';
  return 'close every component (<Fig id="…"/>) and write \\< and \\{ for a literal < or { in text';
}
