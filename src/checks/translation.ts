import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Problem } from '../lib/problem.ts';
import type { Place } from '../lib/yaml-lines.ts';
import { placeholderIds } from '../lib/placeholders.ts';
import { bodyProblems, citedKeys } from '../markdown/body-rules.ts';
import { parseBody, sheetBody } from './mdx-body.ts';
import type { ParsedSheet } from './sheet.ts';
import { NUMBERS_ONCE, type ParsedTranslation } from './translation-file.ts';

/**
 * A sheet's translation checked against its English original: the same
 * figures, charts and citations, in the body and the frontmatter, and no
 * number of its own. Pure, like the rest of the check.
 */

interface Uses {
  figures: Map<string, Place[]>;
  charts: Map<string, Place[]>;
  cited: Set<string>;
}

/** The <Fig>, <Chart> and citations of a body, with where each stands. */
function usesOf(tree: Root): Uses {
  const uses: Uses = { figures: new Map(), charts: new Map(), cited: citedKeys(tree) };
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element: MdxJsxFlowElement | MdxJsxTextElement = node;
    const id = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
    const list = element.name === 'Fig' ? uses.figures : element.name === 'Chart' ? uses.charts : undefined;
    if (!list || typeof id !== 'string') return;
    list.set(id, [...(list.get(id) ?? []), { line: element.position?.start.line ?? 1, column: element.position?.start.column ?? 1 }]);
  });
  return uses;
}

/**
 * What an English sheet's body shows and cites, read once however many
 * translations it has (each edition's translation is compared with it):
 * kept with the sheet record of this run of the check.
 */
const englishRead = new WeakMap<ParsedSheet, ReturnType<typeof usesOf> | undefined>();
function englishUses(original: ParsedSheet): ReturnType<typeof usesOf> | undefined {
  if (!englishRead.has(original)) {
    const parsed = sheetBody(original);
    englishRead.set(original, 'tree' in parsed ? usesOf(parsed.tree) : undefined);
  }
  return englishRead.get(original);
}

/** A translation's figures as written, read without the schema: id → its note, if any. */
function rawFigureTexts(raw: unknown): Record<string, { note?: unknown }> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return {};
  return Object.fromEntries(Object.entries(raw).map(([id, value]) => [id, value !== null && typeof value === 'object' ? Object.fromEntries(Object.entries(value)) : {}]));
}

const times = (n: number) => (n === 1 ? 'once' : `${n} times`);

/** Everything that makes a translation disagree with its English sheet, each with its place and the id concerned. */
export function translationProblems(t: ParsedTranslation, original: ParsedSheet | undefined, sourceKeys: ReadonlySet<string> | undefined): Problem[] {
  if (!t.lang || !t.sheetId) return [];
  if (!original?.data) {
    return original
      ? []
      : [{ rule: 'translation-orphan', file: t.file, line: 1, message: `there is no English sheet content/entries/${t.sheetId}.mdx to translate`, hint: 'translations mirror the English sheets’ paths; rename the file or remove it' }];
  }
  const problems: Problem[] = [];
  const add = (rule: string, message: string, place: Place | undefined, hint?: string) => problems.push({ rule, file: t.file, line: place?.line, column: place?.column, message, ...(hint ? { hint } : {}) });
  const english = original.data;
  const here = t.data;

  // Figures are compared even when the schema refused the file, so that every problem shows at once.
  const figureTexts = here?.figures ?? rawFigureTexts(t.raw['figures']);
  const ids = english.figures.map((f) => f.id);
  for (const f of english.figures) {
    const text = figureTexts[f.id];
    if (!text) add('translation-figures', `figure ${f.id} of the English sheet has no entry under figures:`, t.placeOf(['figures']), `add ${f.id}: { period: '…'${f.note ? ", note: '…'" : ''} }`);
    else if (f.note && !text.note) add('translation-figures', `figure ${f.id} has a note in the English sheet and none here`, t.placeOf(['figures', f.id]), 'translate the note too');
    else if (!f.note && text.note) add('translation-figures', `figure ${f.id} has a note here that the English sheet does not have`, t.placeOf(['figures', f.id, 'note']), 'a translation says only what the English sheet says');
  }
  for (const id of Object.keys(figureTexts)) {
    if (!ids.includes(id)) add('translation-figures', `figures: ${id} is not a figure of the English sheet`, t.placeOf(['figures', id]), `its figures are ${ids.join(', ')}; ${NUMBERS_ONCE}`);
  }

  if (here) {
    const charts = new Map(english.charts.map((c) => [c.id, c]));
    for (const chart of english.charts) {
      const text = here.charts[chart.id];
      if (!text) {
        add('translation-charts', `chart ${chart.id} of the English sheet has no entry under charts:`, t.placeOf(['charts']), `add ${chart.id}: { title: …, summary: … }`);
        continue;
      }
      const labelled = chart.bars.filter((b) => b.label).map((b) => b.figure);
      const labels = Object.keys(text.labels ?? {});
      const missing = labelled.filter((id) => !labels.includes(id));
      const extra = labels.filter((id) => !labelled.includes(id));
      if (missing.length > 0) add('translation-charts', `chart ${chart.id}: the bars ${missing.join(', ')} have labels in the English sheet and none here`, t.placeOf(['charts', chart.id]), 'add them under labels:');
      if (extra.length > 0) add('translation-charts', `chart ${chart.id}: labels ${extra.join(', ')} are not labelled bars of the English chart`, t.placeOf(['charts', chart.id, 'labels']));
      placeholderMismatch(chart.summary, text.summary, ['charts', chart.id, 'summary']);
    }
    for (const id of Object.keys(here.charts)) if (!charts.has(id)) add('translation-charts', `charts: ${id} is not a chart of the English sheet`, t.placeOf(['charts', id]), `its charts are ${[...charts.keys()].join(', ') || 'none'}`);
    const dates = (list: { date: string }[]) => list.map((c) => c.date).join(', ');
    // A translation behind its English sheet has not seen the newest corrections yet; its page says so.
    const behind = here.translated < (english.updated ?? english.published);
    if (!behind && dates(english.corrections) !== dates(here.corrections)) {
      add('translation-corrections', `the corrections are dated ${dates(here.corrections) || 'none'} here and ${dates(english.corrections) || 'none'} in the English sheet`, t.placeOf(['corrections']), 'translate each correction of the English sheet, with its date, in its order');
    }
    placeholderMismatch(english.summary, here.summary, ['summary']);
  }

  function placeholderMismatch(englishText: string, text: string, path: string[]) {
    const want = [...new Set(placeholderIds(englishText))].sort();
    const have = [...new Set(placeholderIds(text))].sort();
    if (want.join() !== have.join()) {
      add('translation-figures', `${path.join('.')} quotes ${have.map((id) => `{${id}}`).join(', ') || 'no figure'}; the English text quotes ${want.map((id) => `{${id}}`).join(', ') || 'none'}`, t.placeOf(path), 'quote the same figures, with the same {figure-id} placeholders');
    }
  }

  const parsed = parseBody(t.body);
  if ('error' in parsed) {
    const { reason, line, column, hint } = parsed.error;
    add('mdx-syntax', reason, line === undefined ? undefined : { line, column: column ?? 1 }, hint);
    return problems;
  }
  const { tree } = parsed;
  for (const p of bodyProblems(tree, { figureIds: english.figures.map((f) => f.id), chartIds: english.charts.map((c) => c.id), sourceKeys })) {
    add(p.rule, p.message, p.place ? { line: p.place.start.line, column: p.place.start.column } : undefined, p.hint);
  }
  const theirs = englishUses(original);
  if (!theirs) return problems;
  const mine = usesOf(tree);
  const bodyStart = { line: t.body.split('\n').findIndex((l) => l.trim() !== '') + 1, column: 1 };
  for (const [kind, rule, tag] of [['figures', 'translation-figure', 'Fig'], ['charts', 'translation-chart', 'Chart']] as const) {
    for (const id of new Set([...theirs[kind].keys(), ...mine[kind].keys()])) {
      const want = theirs[kind].get(id)?.length ?? 0;
      const have = mine[kind].get(id) ?? [];
      if (have.length === want) continue;
      const where = have.length > want ? have[want] : bodyStart;
      add(rule, `<${tag} id="${id}"/> appears ${times(have.length).replace(/^0 times$/, 'nowhere')} here and ${want === 0 ? 'nowhere' : times(want)} in the English sheet`, where, have.length > want ? 'a translation shows the English sheet’s figures and charts, no more' : 'a translation shows every figure and chart of the English sheet');
    }
  }
  const dropped = [...theirs.cited].filter((k) => !mine.cited.has(k));
  const added = [...mine.cited].filter((k) => !theirs.cited.has(k));
  if (dropped.length > 0) add('translation-citation', `the English sheet cites ${dropped.map((k) => `[@${k}]`).join(', ')} and this translation does not`, bodyStart, 'keep every citation of the English sheet, after the sentence it supports');
  if (added.length > 0) add('translation-citation', `this translation cites ${added.map((k) => `[@${k}]`).join(', ')}, which the English sheet does not`, bodyStart, 'a translation cites what the English sheet cites');
  return problems;
}
