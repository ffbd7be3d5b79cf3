import { formatFigure } from '../lib/format.ts';
import type { Unit } from '../schemas/metric.ts';
import type { FigureChange, SheetDiff } from './figure-diff.ts';

/**
 * The figure diff as people read it: text for the terminal, a Markdown table
 * for a pull request's job summary. Values print as the site prints them,
 * hedge included, so a reviewer sees "more than 5,000 → 5,000".
 */
type Figure = NonNullable<FigureChange['before']>;

export function figureText(f: Figure | undefined, unitOf: (metric: string) => Unit | undefined): string {
  if (!f) return '';
  const unit = unitOf(f.metric);
  return unit ? formatFigure({ value: f.value, unit, qualifier: f.qualifier }) : `${f.qualifier ? `${f.qualifier} ` : ''}${f.value}`;
}

const details = (f: Figure | undefined) => (f ? `${f.period.label}; ${f.source}` : '');
const sign = { added: '+', removed: '-', changed: '~' } as const;

function sheetHeading(d: SheetDiff): string {
  const state = d.kind === 'added' ? ' (new sheet)' : d.kind === 'removed' ? ' (sheet removed)' : '';
  const { before, after } = d.draft;
  const draft = before === false && after === true ? ' (returned to draft)' : after === true ? ' (draft)' : before === true && after === false ? ' (published in this change)' : '';
  return `${d.id}${state}${draft}  ${d.file}`;
}

export function diffText(diffs: SheetDiff[], unitOf: (metric: string) => Unit | undefined, base: string): string {
  if (diffs.length === 0) return `No figure changed since ${base}.`;
  const lines = [`Figures changed since ${base}:`];
  for (const d of diffs) {
    lines.push('', sheetHeading(d));
    for (const f of d.figures) {
      const value =
        f.kind === 'changed'
          ? `${figureText(f.before, unitOf)} → ${figureText(f.after, unitOf)}  [${f.fields.join(', ')}]  (${details(f.before) === details(f.after) ? details(f.after) : `${details(f.before)} → ${details(f.after)}`})`
          : `${figureText(f.before ?? f.after, unitOf)}  (${details(f.before ?? f.after)})`;
      lines.push(`  ${sign[f.kind]} ${f.id}: ${value}`);
    }
  }
  const count = diffs.reduce((n, d) => n + d.figures.length, 0);
  lines.push('', `${count} figure${count === 1 ? '' : 's'} in ${diffs.length} sheet${diffs.length === 1 ? '' : 's'}.`);
  return lines.join('\n');
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function diffMarkdown(diffs: SheetDiff[], unitOf: (metric: string) => Unit | undefined, base: string): string {
  const out = [`## Figures changed since \`${base}\``, ''];
  if (diffs.length === 0) return [...out, 'No figure changed.', ''].join('\n');
  out.push('| Sheet | Figure | Change | Before | After | Period | Source |', '| --- | --- | --- | --- | --- | --- | --- |');
  for (const d of diffs) {
    if (d.figures.length === 0) out.push(`| ${cell(sheetHeading(d).split('  ')[0] ?? d.id)} | | sheet ${d.kind} | | | | |`);
    for (const f of d.figures) {
      const before = f.before;
      const after = f.after;
      const period = before && after && before.period.label !== after.period.label ? `${before.period.label} → ${after.period.label}` : (after ?? before)?.period.label ?? '';
      const source = before && after && before.source !== after.source ? `${before.source} → ${after.source}` : (after ?? before)?.source ?? '';
      const change = f.kind === 'changed' ? `changed: ${f.fields.join(', ')}` : f.kind;
      out.push(`| ${cell(sheetHeading(d).split('  ')[0] ?? d.id)} | \`${f.id}\` | ${change} | ${cell(figureText(before, unitOf))} | ${cell(figureText(after, unitOf))} | ${cell(period)} | ${cell(source)} |`);
    }
  }
  return [...out, ''].join('\n');
}
