import type { Problem } from '../lib/problem.ts';
import type { Place } from '../lib/yaml-lines.ts';

/**
 * Records nobody uses: a source no sheet cites (a citation forgotten, or a
 * record left behind) and a metric no figure reports. Drafts count as users,
 * so a source can be added in the pull request that starts its sheet.
 */
export function unusedProblems(
  records: { file: string; keys: ReadonlyMap<string, Place>; used: ReadonlySet<string>; rule: string; what: string; hint: string },
): Problem[] {
  return [...records.keys]
    .filter(([key]) => !records.used.has(key))
    .map(([key, place]) => ({ rule: records.rule, file: records.file, ...place, message: `${records.what} "${key}" is not used by any sheet`, hint: records.hint }));
}
