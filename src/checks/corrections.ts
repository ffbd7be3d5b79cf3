import type { Problem } from '../lib/problem.ts';
import type { SheetVersion } from './figure-diff.ts';
import { diffSheets } from './figure-diff.ts';
import type { ParsedSheet } from './sheet.ts';

/**
 * Readers quote published numbers, so none changes silently: a sheet that
 * was published at the base revision and whose figures' values, hedges or
 * periods changed, or whose figures were removed, must add a correction (a
 * date and a sentence) and be updated on or after that date. New sheets and
 * drafts need none.
 */
export function correctionProblems(base: readonly SheetVersion[], head: readonly ParsedSheet[], baseName: string): Problem[] {
  const current: SheetVersion[] = head.flatMap((s) => (s.id && s.data ? [{ id: s.id, file: s.file, data: s.data }] : []));
  const byId = new Map(head.flatMap((s) => (s.id ? [[s.id, s] as const] : [])));
  const old = new Map(base.map((s) => [s.id, s]));
  const problems: Problem[] = [];
  for (const diff of diffSheets(base, current)) {
    if (diff.kind !== 'changed' || diff.draft.before !== false) continue;
    const sheet = byId.get(diff.id);
    const before = old.get(diff.id);
    if (!sheet?.data || !before) continue;
    const guarded = diff.figures.filter((f) => f.kind === 'removed' || (f.kind === 'changed' && f.fields.some((x) => x === 'value' || x === 'qualifier' || x === 'period')));
    if (guarded.length === 0) continue;
    const known = new Set(before.data.corrections.map((c) => `${c.date}\u0000${c.text}`));
    const added = sheet.data.corrections.filter((c) => !known.has(`${c.date}\u0000${c.text}`));
    const latest = added.map((c) => c.date).sort().at(-1);
    const updated = sheet.data.updated ?? sheet.data.published;
    const figuresIndex = new Map(sheet.data.figures.map((f, i) => [f.id, i]));
    for (const change of guarded) {
      const i = figuresIndex.get(change.id);
      const place = (i === undefined ? sheet.placeOf(['figures']) : sheet.placeOf(['figures', i, change.fields[0] ?? 'id'])) ?? {};
      const what = change.kind === 'removed' ? `removes the published figure "${change.id}"` : `changes the ${change.fields.join(', ')} of the published figure "${change.id}"`;
      if (latest === undefined) {
        problems.push({
          rule: 'correction-required',
          file: sheet.file,
          ...place,
          message: `sheet ${diff.id} ${what} since ${baseName}, without a correction`,
          hint: `add an entry to corrections: (date: YYYY-MM-DD, text: what changed and why) and set updated: to that date or later; readers may have quoted the old number`,
        });
      } else if (updated < latest) {
        problems.push({
          rule: 'correction-required',
          file: sheet.file,
          ...(sheet.placeOf([sheet.raw['updated'] === undefined ? 'published' : 'updated']) ?? place),
          message: `sheet ${diff.id} ${what}; its correction is dated ${latest} but the sheet says it was updated ${updated}`,
          hint: `set updated: ${latest} (or later)${sheet.raw['updated'] === undefined ? ', on the line after published:' : ''}`,
        });
      }
    }
  }
  return problems;
}
