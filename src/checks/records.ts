import { isMap, isNode, isScalar } from 'yaml';
import { parseYaml } from './yaml-document.ts';
import type { z } from 'astro/zod';
import type { Problem } from '../lib/problem.ts';
import { issuesToProblems } from '../lib/zod-problems.ts';
import { yamlPlaceFinder, type Place } from '../lib/yaml-lines.ts';
import type { TextFile } from './files.ts';

/**
 * A YAML file that maps keys to records (content/sources.yaml and its
 * siblings), read with the place of every key: broken YAML, a key used
 * twice, an empty file and each record's schema problems are reported with
 * line and column. Valid records are returned even when others are not, so
 * that one bad record does not hide the problems of the rest.
 */
export interface Records<T> {
  records: Map<string, { data: T; place: Place }>;
  /** False when the YAML could not be read: its keys are then unknown, not missing. */
  readable: boolean;
  /** Every key written in the file, valid or not, with its place. */
  keys: Map<string, Place>;
  problems: Problem[];
}

export function parseRecords<S extends z.ZodType>(source: TextFile, schema: S): Records<z.output<S>> {
  const out: Records<z.output<S>> = { records: new Map(), keys: new Map(), problems: [], readable: true };
  const { file } = source;
  const text = source.text.replace(/^\uFEFF/, '');
  const { doc, lines, problems } = parseYaml(file, text, {
    expected: 'valid YAML',
    duplicate: 'a key used twice',
    duplicateHint: 'every key in this file must be unique; rename or merge the two records',
  });
  out.problems.push(...problems);
  // A key used twice leaves the rest of the file readable; any other error does not.
  if (doc.errors.some((e) => e.code !== 'DUPLICATE_KEY')) {
    out.readable = false;
    return out;
  }
  if (!isMap(doc.contents) || doc.contents.items.length === 0) {
    out.readable = doc.contents === null;
    out.problems.push({
      rule: 'empty-file',
      file,
      line: 1,
      column: 1,
      expected: 'a map of records, each under its key (key: then indented fields)',
      found: doc.contents === null ? 'an empty file' : 'something else',
    });
    return out;
  }
  const placeOf = yamlPlaceFinder(text);
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const start = isScalar(pair.key) && pair.key.range ? lines.linePos(pair.key.range[0]) : { line: 1, col: 1 };
    const place = { line: start.line, column: start.col };
    // The second record under a key is reported as a duplicate above; check the first only.
    if (out.keys.has(key)) continue;
    out.keys.set(key, place);
    const raw: unknown = isNode(pair.value) ? pair.value.toJS(doc) : null;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      out.problems.push({ rule: 'wrong-type', file, ...place, field: key, expected: 'a record of fields indented under the key', found: JSON.stringify(raw ?? null) });
      continue;
    }
    const checked = schema.safeParse(raw);
    if (checked.success) out.records.set(key, { data: checked.data, place });
    else out.problems.push(...issuesToProblems(checked.error.issues, { file, data: raw, placeOf, prefix: [key], schema }));
  }
  return out;
}
