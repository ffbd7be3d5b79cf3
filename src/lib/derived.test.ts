import { describe, expect, it } from 'vitest';
import { agrees, recompute, stepOf } from './derived.ts';

const values: Record<string, number> = { disclosed: 3286, registered: 15905, a: 40, b: 80, now: 125, before: 100 };
const valueOf = (id: string) => values[id];

describe('derived figures', () => {
  it('accepts "only 20%" for 3,286 of 15,905 when the source rounds down to a whole percent', () => {
    const r = recompute({ share: ['disclosed', 'registered'], rounding: 'down', step: 1 }, 20, valueOf);
    expect(r?.exact).toBeCloseTo(20.66, 2);
    expect(r && agrees(r, 20)).toBe(true);
  });
  it('refuses the same share rounded to the nearest percent, which is 21%', () => {
    const r = recompute({ share: ['disclosed', 'registered'], rounding: 'nearest' }, 20, valueOf);
    expect(r?.rounded).toBe(21);
    expect(r && agrees(r, 20)).toBe(false);
  });
  it('refuses the share when a part changes: 9,286 of 15,905 is not 20%', () => {
    const r = recompute({ share: ['disclosed', 'registered'], rounding: 'down' }, 20, (id) => (id === 'disclosed' ? 9286 : valueOf(id)));
    expect(r?.rounded).toBe(58);
  });
  it('recomputes sums, ratios and changes', () => {
    expect(recompute({ sum: ['a', 'b'], rounding: 'nearest' }, 120, valueOf)?.rounded).toBe(120);
    expect(recompute({ ratio: ['b', 'a'], rounding: 'nearest' }, 2, valueOf)?.rounded).toBe(2);
    expect(recompute({ change: ['now', 'before'], rounding: 'nearest' }, 25, valueOf)?.rounded).toBe(25);
  });
  it('takes the precision from the published value unless told', () => {
    expect(stepOf(20)).toBe(1);
    expect(stepOf(38.9)).toBeCloseTo(0.1);
    expect(recompute({ share: ['disclosed', 'registered'], rounding: 'nearest' }, 20.7, valueOf)?.rounded).toBe(20.7);
  });
  it('gives nothing to compare when a part is missing', () => {
    expect(recompute({ share: ['disclosed', 'nowhere'], rounding: 'down' }, 20, valueOf)).toBeUndefined();
  });
});
