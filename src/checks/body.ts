import type { Problem } from '../lib/problem.ts';
import { bodyProblems, citedKeys } from '../markdown/body-rules.ts';
import { sheetBody } from './mdx-body.ts';
import { declaredIds, type ParsedSheet } from './sheet.ts';

export interface BodyResult {
  problems: Problem[];
  cited: Set<string>;
}

export function checkBody(sheet: ParsedSheet, sourceKeys: ReadonlySet<string> | undefined): BodyResult {
  const parsed = sheetBody(sheet);
  if ('error' in parsed) {
    const { reason, line, column, hint } = parsed.error;
    return { problems: [{ rule: 'mdx-syntax', file: sheet.file, line, column, message: reason, hint }], cited: new Set() };
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
