import type { SheetData } from './sheet.ts';

/**
 * What a change does to the published numbers, sheet by sheet: figures
 * added, removed and changed (value, hedge, period, source or metric), and
 * sheets added or removed. Pure: it compares two sets of typed sheets.
 */
export interface SheetVersion {
  id: string;
  file: string;
  data: SheetData;
}

type Figure = SheetData['figures'][number];

export interface FigureChange {
  kind: 'added' | 'removed' | 'changed';
  id: string;
  before?: Figure | undefined;
  after?: Figure | undefined;
  /** For a change: which of value, qualifier, period, source, metric differ. */
  fields: ('value' | 'qualifier' | 'period' | 'source' | 'metric')[];
}

export interface SheetDiff {
  id: string;
  file: string;
  kind: 'added' | 'removed' | 'changed';
  draft: { before?: boolean | undefined; after?: boolean | undefined };
  figures: FigureChange[];
}

const samePeriod = (a: Figure['period'], b: Figure['period']) => a.label === b.label && a.start === b.start && a.end === b.end;

export function changedFields(a: Figure, b: Figure): FigureChange['fields'] {
  const fields: FigureChange['fields'] = [];
  if (a.value !== b.value) fields.push('value');
  if (a.qualifier !== b.qualifier) fields.push('qualifier');
  if (!samePeriod(a.period, b.period)) fields.push('period');
  if (a.source !== b.source) fields.push('source');
  if (a.metric !== b.metric) fields.push('metric');
  return fields;
}

export function diffSheets(before: readonly SheetVersion[], after: readonly SheetVersion[]): SheetDiff[] {
  const old = new Map(before.map((s) => [s.id, s]));
  const now = new Map(after.map((s) => [s.id, s]));
  const ids = [...new Set([...old.keys(), ...now.keys()])].sort();
  const out: SheetDiff[] = [];
  for (const id of ids) {
    const a = old.get(id);
    const b = now.get(id);
    const figuresA = new Map((a?.data.figures ?? []).map((f) => [f.id, f]));
    const figuresB = new Map((b?.data.figures ?? []).map((f) => [f.id, f]));
    const figures: FigureChange[] = [];
    for (const [fid, f] of figuresA) {
      const g = figuresB.get(fid);
      if (!g) figures.push({ kind: 'removed', id: fid, before: f, fields: [] });
      else {
        const fields = changedFields(f, g);
        if (fields.length > 0) figures.push({ kind: 'changed', id: fid, before: f, after: g, fields });
      }
    }
    for (const [fid, g] of figuresB) if (!figuresA.has(fid)) figures.push({ kind: 'added', id: fid, after: g, fields: [] });
    const kind = !a ? 'added' : !b ? 'removed' : 'changed';
    const draft = { before: a?.data.draft, after: b?.data.draft };
    if (kind !== 'changed' || figures.length > 0 || draft.before !== draft.after) out.push({ id, file: (b ?? a)?.file ?? id, kind, draft, figures });
  }
  return out;
}
