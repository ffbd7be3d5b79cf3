/** Where a value label would be drawn: its centre and width across, its top and bottom down the canvas. */
export interface LabelBox {
  centre: number;
  width: number;
  top: number;
  bottom: number;
}

/** Whether two labels are at least `gap` apart across or down. */
const apart = (a: LabelBox, b: LabelBox, gap: number) =>
  Math.abs(a.centre - b.centre) >= (a.width + b.width) / 2 + gap || a.bottom + gap <= b.top || b.bottom + gap <= a.top;

/**
 * Which of a chart's value labels to draw so that none overlaps another.
 * The newest value (the last) is always drawn, then each earlier one that
 * is `gap` clear of every label drawn so far: labels over bars of different
 * heights may share their width. A chart of a few values keeps them all;
 * one of fifty keeps every second or third, and the table beside it and the
 * tooltip give every value.
 */
export function labelsWithRoom(boxes: readonly LabelBox[], gap: number): boolean[] {
  const keep = boxes.map(() => false);
  const drawn: LabelBox[] = [];
  for (let i = boxes.length - 1; i >= 0; i--) {
    const box = boxes[i];
    if (box && drawn.every((other) => apart(box, other, gap))) {
      keep[i] = true;
      drawn.push(box);
    }
  }
  return keep;
}

/**
 * The size to write a chart's value labels at: the largest of `sizes`
 * (largest first) at which the widest line of every label fits within
 * `slot`, the room each bar has; the smallest when none does. A label wider
 * than its slot runs into its neighbour's room (a hedged money value such as
 * "1 млрд ₸-ге жуық" on a phone cannot wrap narrower, its number and unit
 * being joined), so its size drops a little before the labels are thinned.
 */
export function fittingSize(sizes: readonly number[], widestAt: (size: number) => number, slot: number): number {
  const fits = sizes.find((size) => widestAt(size) <= slot);
  return fits ?? sizes.at(-1) ?? 0;
}
