/**
 * Figures the source computed from other figures ("only 20%" of cases were
 * disclosed: 3,286 of 15,905). Recomputing them from their parts catches a
 * part that changed without its share, or a share typed wrong.
 */
export interface Derivation {
  share?: readonly [string, string] | undefined;
  ratio?: readonly [string, string] | undefined;
  sum?: readonly string[] | undefined;
  change?: readonly [string, string] | undefined;
  rounding: 'nearest' | 'down' | 'up';
  step?: number | undefined;
}

export type Relation = 'share' | 'ratio' | 'sum' | 'change';

export interface Recomputed {
  relation: Relation;
  /** The figure ids it is computed from, in the order the relation names them. */
  parts: string[];
  /** The exact result, before rounding. */
  exact: number;
  /** The result rounded as the source rounds: what the published value must be. */
  rounded: number;
  step: number;
}

export function relationOf(d: Derivation): { relation: Relation; parts: string[] } {
  if (d.share) return { relation: 'share', parts: [...d.share] };
  if (d.ratio) return { relation: 'ratio', parts: [...d.ratio] };
  if (d.change) return { relation: 'change', parts: [...d.change] };
  return { relation: 'sum', parts: [...(d.sum ?? [])] };
}

/** The precision a value is written to: 20 → 1, 38.9 → 0.1, 0.25 → 0.01. */
export function stepOf(value: number): number {
  const decimals = (String(value).split('.')[1] ?? '').length;
  return 10 ** -decimals;
}

function round(value: number, step: number, mode: Derivation['rounding']): number {
  // Scale first and nudge by a hair so that 20.000000001 (a float's view of 20) does not round up.
  const scaled = value / step;
  const eps = 1e-9;
  const n = mode === 'down' ? Math.floor(scaled + eps) : mode === 'up' ? Math.ceil(scaled - eps) : Math.round(scaled);
  return Number((n * step).toFixed(Math.max(0, -Math.floor(Math.log10(step)))));
}

/** Recomputes a derived figure from the values of its parts; undefined when a part is missing or the whole is zero. */
export function recompute(d: Derivation, published: number, valueOf: (id: string) => number | undefined): Recomputed | undefined {
  const { relation, parts } = relationOf(d);
  const values = parts.map(valueOf);
  if (values.some((v) => v === undefined)) return undefined;
  const [a = 0, b = 0] = values.map((v) => v ?? 0);
  let exact: number;
  if (relation === 'sum') exact = values.reduce<number>((t, v) => t + (v ?? 0), 0);
  else if (b === 0) return undefined;
  else if (relation === 'share') exact = (a / b) * 100;
  else if (relation === 'ratio') exact = a / b;
  else exact = ((a - b) / b) * 100;
  const step = d.step ?? stepOf(published);
  return { relation, parts, exact, rounded: round(exact, step, d.rounding), step };
}

/** Whether the published value is the recomputed one, as the source rounds. */
export const agrees = (r: Recomputed, published: number) => Math.abs(r.rounded - published) < r.step / 1000;
