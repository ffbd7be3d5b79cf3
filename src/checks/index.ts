import type { Problem } from '../lib/problem.ts';
import { sortProblems } from '../lib/problem.ts';
import { placeholderIds } from '../lib/placeholders.ts';
import { metricSchema } from '../schemas/metric.ts';
import { sourceSchema } from '../schemas/source.ts';
import { topicSchema } from '../schemas/topic.ts';
import { unquotedNumbers } from '../markdown/prose-numbers.ts';
import { checkBody } from './body.ts';
import type { ContentFiles } from './files.ts';
import { parseRecords } from './records.ts';
import { referenceProblems } from './references.ts';
import { parseSheet, type ParsedSheet } from './sheet.ts';
import { unusedProblems } from './usage.ts';
import { aboutProblems, checkTranslations } from './translations.ts';
import type { ParsedTranslation } from './translation-file.ts';

/**
 * Every content rule over the whole content folder, in one pass, without
 * building a page: `npm run check` prints the result, the build refuses to
 * start on it, and `npm run dev` shows it in the browser. Pure: it reads
 * only the texts it is given.
 */
export interface CheckResult {
  problems: Problem[];
  sheets: ParsedSheet[];
  translations: ParsedTranslation[];
}

export function checkContent(files: ContentFiles): CheckResult {
  const topics = parseRecords(files.topics, topicSchema);
  const metrics = parseRecords(files.metrics, metricSchema);
  const sources = parseRecords(files.sources, sourceSchema);
  const problems: Problem[] = [...topics.problems, ...metrics.problems, ...sources.problems];
  // Keys written in a data file count as known even when their record has a problem of its own: one problem, one report.
  const keysOf = (r: { readable: boolean; keys: Map<string, unknown> }) => (r.readable ? new Set(r.keys.keys()) : undefined);
  const known = {
    topics: keysOf(topics),
    sources: keysOf(sources),
    metricKeys: keysOf(metrics),
    metrics: new Map([...metrics.records].map(([key, r]) => [key, r.data])),
  };
  const sheets = files.sheets.map(parseSheet);
  const cited = new Set<string>();
  const used = new Set<string>();
  for (const sheet of sheets) {
    problems.push(...sheet.problems);
    if (sheet.id === undefined) continue;
    problems.push(...referenceProblems(sheet, known));
    problems.push(...proseFieldProblems(sheet), ...templateProblems(sheet));
    const body = checkBody(sheet, known.sources);
    problems.push(...body.problems);
    body.cited.forEach((k) => cited.add(k));
    const figures = Array.isArray(sheet.raw['figures']) ? sheet.raw['figures'] : [];
    for (const f of figures) {
      if (f !== null && typeof f === 'object') {
        const { metric, source } = Object.fromEntries(Object.entries(f));
        if (typeof metric === 'string') used.add(metric);
        if (typeof source === 'string') cited.add(source);
      }
    }
  }
  // Unused records are reported only when every sheet could be read and every key it names exists:
  // a broken sheet, or a mistyped key, would make the record it meant look unused.
  const readable = sheets.every((s) => s.data !== undefined);
  const mistyped = (rules: string[]) => problems.some((p) => p.rule !== undefined && rules.includes(p.rule));
  if (readable && !mistyped(['unknown-source', 'unknown-citation'])) {
    problems.push(...unusedProblems({ file: files.sources.file, keys: sources.keys, used: cited, rule: 'unused-source', what: 'source', hint: 'cite it in a sheet with [@key], or remove the record' }));
  }
  if (readable && !mistyped(['unknown-metric'])) {
    problems.push(...unusedProblems({ file: files.metrics.file, keys: metrics.keys, used, rule: 'unused-metric', what: 'metric', hint: 'report it in a figure, or remove the record' }));
  }
  const about = aboutProblems(files.about, undefined);
  problems.push(...about.problems);
  const translated = checkTranslations(files.translations, sheets, {
    metrics: known.metricKeys,
    topics: known.topics,
    sources: known.sources,
    glossary: about.data?.glossary.terms.map((t) => t.id),
  }, new Set(problems.map((p) => p.file)));
  problems.push(...translated.problems);
  return { problems: sortProblems(problems), sheets, translations: translated.translations };
}

/**
 * The sheet's summary and its charts' titles and summaries are prose too:
 * they write {figure-id} where a figure goes.
 */
function proseFieldProblems(sheet: ParsedSheet): Problem[] {
  const fields: { path: (string | number)[]; text: string }[] = [];
  if (typeof sheet.raw['summary'] === 'string') fields.push({ path: ['summary'], text: sheet.raw['summary'] });
  (sheet.data?.charts ?? []).forEach((chart, c) => {
    fields.push({ path: ['charts', c, 'title'], text: chart.title }, { path: ['charts', c, 'summary'], text: chart.summary });
  });
  return fields.flatMap(({ path, text }) =>
    unquotedNumbers(text.replace(/\{[a-z0-9-]+\}/g, (m) => '\u2022'.repeat(m.length))).map((n) => ({
      rule: 'number-in-prose',
      file: sheet.file,
      ...(sheet.placeOf(path) ?? {}),
      field: path.join('.'),
      message: `"${n.text}" is a number typed into prose`,
      hint: `add it as a figure and write {figure-id} in its place${placeholderIds(text).length > 0 ? `, as this text does for ${placeholderIds(text).map((id) => `{${id}}`).join(', ')}` : ''}`,
    })),
  );
}

/** What content/_template.mdx says in its examples; a published sheet must have replaced all of it. */
const TEMPLATE_TEXT = ['Topic name in ', 'example-rate', 'Write the sheet here'];

/** A draft may still hold the template's examples; a sheet about to be published may not. */
function templateProblems(sheet: ParsedSheet): Problem[] {
  if (!sheet.data || sheet.data.draft) return [];
  const lines = sheet.body.split('\n');
  const inBody = TEMPLATE_TEXT.slice(2).flatMap((text) => {
    const line = lines.findIndex((l) => l.includes(text));
    return line < 0 ? [] : [{ text, line: line + 1, column: (lines[line] ?? '').indexOf(text) + 1 }];
  });
  const inTitle = sheet.data.title.startsWith(TEMPLATE_TEXT[0] ?? '') ? [{ text: TEMPLATE_TEXT[0] ?? '', ...(sheet.placeOf(['title']) ?? { line: 2, column: 1 }) }] : [];
  const inFigures = sheet.data.figures.flatMap((f, i) => (f.id === TEMPLATE_TEXT[1] ? [{ text: f.id, ...(sheet.placeOf(['figures', i, 'id']) ?? { line: 2, column: 1 }) }] : []));
  return [...inTitle, ...inFigures, ...inBody].map((found) => ({
    rule: 'template-text',
    file: sheet.file,
    line: found.line,
    column: found.column,
    message: `"${found.text.trim()}" is the template's example, still here in a sheet that is not a draft`,
    hint: 'replace the template\'s examples with the sheet\'s own title, figures and text, or keep draft: true until they are',
  }));
}
