import type { Problem } from './problem';
import { show } from './problem';

/**
 * Turns schema issues into problems an editor can act on: the field's path,
 * its line where the caller can tell it, what the schema expected and what
 * the file holds there.
 */
export interface IssueLike {
  code?: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
}

export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = data;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = Reflect.get(here, key);
  }
  return here;
}

export function issuesToProblems(
  issues: readonly IssueLike[],
  where: { file: string; data: unknown; lineOf?: (path: PropertyKey[]) => number | undefined; prefix?: PropertyKey[] },
): Problem[] {
  return issues.map((issue) => {
    const path = [...(where.prefix ?? []), ...issue.path];
    const found = valueAt(where.data, issue.path);
    const place = { file: where.file, line: where.lineOf?.(path), field: path.map(String).join('.') || undefined };
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys ?? [];
      return { ...place, line: where.lineOf?.([...path, keys[0] ?? '']) ?? place.line, message: `unknown field ${keys.map((k) => `"${k}"`).join(', ')}; check its spelling against the schema` };
    }
    if (issue.code === 'custom') return { ...place, message: issue.message };
    const expected = issue.message.replace(/^Invalid \w+:\s*/i, '').replace(/^expected\s+/i, '').replace(/, received \w+$/, '');
    return {
      ...place,
      expected,
      found: found === undefined ? 'nothing (the field is missing)' : show(found instanceof Date ? found.toISOString().slice(0, 10) : found),
    };
  });
}
