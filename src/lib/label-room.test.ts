import { describe, expect, it } from 'vitest';
import { fittingSize, labelsWithRoom, type LabelBox } from './label-room.ts';

/** Labels of one line, 15 px tall, over bars of the same height. */
const level = (centres: number[], widths: number[]): LabelBox[] => centres.map((centre, i) => ({ centre, width: widths[i] ?? 0, top: 85, bottom: 100 }));

describe('labelsWithRoom', () => {
  it('keeps every label of a chart whose labels fit their bars', () => {
    expect(labelsWithRoom(level([50, 150, 250], [60, 90, 60]), 6)).toEqual([true, true, true]);
  });

  it('thins the labels of a crowded chart from the newest back, so that none touches the next', () => {
    // Bars 17 px apart, labels 40 px wide: every third label has room.
    const centres = Array.from({ length: 10 }, (_, i) => 20 + i * 17);
    const kept = labelsWithRoom(level(centres, centres.map(() => 40)), 6);
    expect(kept).toEqual([true, false, false, true, false, false, true, false, false, true]);
    const drawn = centres.filter((_, i) => kept[i]);
    for (let i = 1; i < drawn.length; i++) expect((drawn[i] ?? 0) - (drawn[i - 1] ?? 0)).toBeGreaterThanOrEqual(40 + 6);
  });

  it('skips a wide label that would touch the next one, and goes on with the one before it', () => {
    expect(labelsWithRoom(level([0, 60, 120], [20, 100, 20]), 4)).toEqual([true, false, true]);
    expect(labelsWithRoom(level([0, 80, 160], [20, 100, 20]), 4)).toEqual([true, true, true]);
  });

  it('keeps labels that share their width when their bars’ heights set them apart', () => {
    // Three money values on a phone, each label wider than its bar, over bars of rising height.
    const boxes: LabelBox[] = [
      { centre: 120, width: 80, top: 70, bottom: 96 },
      { centre: 195, width: 80, top: 40, bottom: 66 },
      { centre: 270, width: 80, top: 10, bottom: 36 },
    ];
    expect(labelsWithRoom(boxes, 4)).toEqual([true, true, true]);
    // The same labels at one height would touch: every other one is drawn.
    expect(labelsWithRoom(boxes.map((b) => ({ ...b, top: 70, bottom: 96 })), 4)).toEqual([true, false, true]);
  });

  it('draws nothing for a chart without values', () => {
    expect(labelsWithRoom([], 6)).toEqual([]);
  });
});

describe('fittingSize', () => {
  // A label's widest line grows with its size: 6 px a point, as a bold 13 px label of about 13 characters.
  const widest = (size: number) => size * 6;

  it('keeps the largest size when every label fits its slot', () => {
    expect(fittingSize([13, 12, 11], widest, 80)).toBe(13);
  });

  it('takes the largest smaller size at which the widest label fits', () => {
    expect(fittingSize([13, 12, 11], widest, 73)).toBe(12);
    expect(fittingSize([13, 12, 11], widest, 66)).toBe(11);
  });

  it('takes the smallest size when no size fits, and the labels are thinned after', () => {
    expect(fittingSize([13, 12, 11], widest, 40)).toBe(11);
  });
});
