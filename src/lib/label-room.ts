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
