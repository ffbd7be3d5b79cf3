import type { z } from 'astro/zod';
import type { Problem } from './problem.ts';
import { show } from './problem.ts';
import type { Place } from './yaml-lines.ts';
import { didYouMean } from './suggest.ts';
import { describeAt, fieldsAt } from './zod-fields.ts';

/**
 * Turns schema issues into problems an editor can act on: the rule, the
 * field's path, its place where the caller can tell it, what the schema
 * expected, what the file holds there, and a hint (the field meant, the
 * values allowed, the form of a date).
 */
export interface IssueLike {
  code?: string | undefined;
  path: PropertyKey[];
  message: string;
  keys?: string[] | undefined;
  values?: unknown[] | undefined;
  params?: Record<string, unknown> | undefined;
  origin?: string | undefined;
  minimum?: unknown;
  maximum?: unknown;
  inclusive?: boolean | undefined;
}

export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = data;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = Reflect.get(here, key);
  }
  return here;
}

export interface Where {
  file: string;
  data: unknown;
  placeOf?: (path: readonly PropertyKey[]) => Place | undefined;
  /** Path of the record inside its file, for files of many records: ["mia-2025-05"]. */
  prefix?: PropertyKey[];
  /** The schema, to suggest the field meant when an unknown one is found. */
  schema?: z.core.$ZodType;
}

const DATE_HINT = 'write dates as YYYY-MM-DD (2025-05-20), or YYYY-MM (2025-05) where a month is allowed';

export function issuesToProblems(issues: readonly IssueLike[], where: Where): Problem[] {
  const problems = issues.map((issue) => issueToProblem(issue, where));
  // "publsher" written for "publisher" is one slip, not also a missing field: keep the "did you mean".
  const meant = new Set(problems.flatMap((p) => (p.rule === 'unknown-field' && p.hint?.startsWith('did you mean') ? [`${p.field ? `${p.field}.` : ''}${/"([^"]+)"/.exec(p.hint)?.[1] ?? ''}`] : [])));
  return problems.filter((p) => !(p.rule === 'missing-field' && p.field !== undefined && meant.has(p.field)));
}

function issueToProblem(issue: IssueLike, where: Where): Problem {
  const path = [...(where.prefix ?? []), ...issue.path];
  const found = valueAt(where.data, issue.path);
  const at = where.placeOf?.(path);
  const place = { file: where.file, line: at?.line, column: at?.column, field: path.map(String).join('.') || undefined };
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys ?? [];
    const first = keys[0] ?? '';
    const keyAt = where.placeOf?.([...path, first]);
    const near = where.schema ? didYouMean(first, fieldsAt(where.schema, issue.path)) : undefined;
    const allowed = where.schema ? fieldsAt(where.schema, issue.path) : [];
    return {
      ...place,
      rule: 'unknown-field',
      line: keyAt?.line ?? place.line,
      column: keyAt?.column ?? place.column,
      message: `unknown field ${keys.map((k) => `"${k}"`).join(', ')}`,
      hint: near ? `did you mean "${near}"?` : allowed.length > 0 ? `the fields here are: ${allowed.join(', ')}` : undefined,
    };
  }
  if (issue.code === 'custom') {
    const rule = typeof issue.params?.['rule'] === 'string' ? issue.params['rule'] : 'invalid-value';
    const hint = typeof issue.params?.['hint'] === 'string' ? issue.params['hint'] : undefined;
    return { ...place, rule, message: issue.message, hint };
  }
  const expected = issue.message.replace(/^Invalid \w+:\s*/i, '').replace(/^expected\s+/i, '').replace(/, received \w+$/, '');
  const shown = found === undefined ? 'nothing (the field is missing)' : show(found instanceof Date ? found.toISOString().slice(0, 10) : found);
  const base = { ...place, expected, found: shown };
  const described = where.schema ? describeAt(where.schema, issue.path) : undefined;
  if (found === undefined && issue.code === 'invalid_type') {
    return { ...base, rule: 'missing-field', expected: `a field ${String(path.at(-1) ?? '')}`, hint: described ? `${described.replace(/\.$/, '')} (see CONTRIBUTING.md)` : 'add the field; see CONTRIBUTING.md for what it holds' };
  }
  if (issue.code === 'invalid_value') {
    const values = (issue.values ?? []).map((v) => JSON.stringify(v));
    const near = typeof found === 'string' ? didYouMean(found, (issue.values ?? []).map(String)) : undefined;
    return { ...base, rule: 'not-allowed-value', expected: `one of ${values.join(', ')}`, hint: near ? `did you mean "${near}"?` : undefined };
  }
  if (issue.code === 'invalid_union' || issue.code === 'invalid_format') {
    const isDate = /date/i.test(issue.message);
    return { ...base, rule: 'bad-format', hint: isDate ? DATE_HINT : undefined };
  }
  if (issue.code === 'too_small' || issue.code === 'too_big') return { ...base, rule: 'out-of-range', expected: sizeWords(issue) ?? expected, hint: described };
  const typedNumber = issue.code === 'invalid_type' && typeof found === 'string' && /^[\d\s.,]+%?$/.test(found.trim()) && /\d/.test(found);
  return {
    ...base,
    rule: 'wrong-type',
    hint: typedNumber ? `write the number with digits only, such as ${found.replace(/[^\d.]/g, '') || '15905'}: no separators, units or hedges (the hedge goes in qualifier)` : described,
  };
}

/** "at least 40 characters", "at most 120 characters", "a number from 2000": what a size limit asks for, in words. */
function sizeWords(issue: IssueLike): string | undefined {
  const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
  if (typeof bound !== 'number' && typeof bound !== 'bigint') return undefined;
  const side = issue.code === 'too_small' ? 'at least' : 'at most';
  if (issue.origin === 'string') return `${side} ${bound} characters`;
  if (issue.origin === 'array' || issue.origin === 'set') return `${side} ${bound} item${bound === 1 ? '' : 's'}`;
  return `a number ${issue.code === 'too_small' ? (issue.inclusive === false ? 'above' : 'of at least') : issue.inclusive === false ? 'below' : 'of at most'} ${bound}`;
}
