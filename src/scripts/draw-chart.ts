/**
 * Draws one bar chart. Only the parts used are registered (bar controller,
 * bar element, category and linear scales, tooltip): see the weight budget.
 * Canvas does not resize itself for print (Chart.js issues 1350 and 7006), so
 * the chart redraws sharper and without animation when print media applies.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type Plugin } from 'chart.js';
import { formatValue } from '../lib/format.ts';
import { fittingSize, labelsWithRoom } from '../lib/label-room.ts';
import { isLang, type Lang } from '../i18n/locales.ts';
import type { Unit } from '../schemas/metric.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

interface Payload {
  unit: Unit;
  lang: Lang;
  axis: string;
  labels: string[];
  values: number[];
  texts: string[];
}

function isPayload(value: unknown): value is Payload {
  return value !== null && typeof value === 'object' && 'unit' in value && 'lang' in value && isLang(value.lang) && 'labels' in value && 'values' in value && 'texts' in value;
}

/** More bars than this and not every label fits: a sheet's charts have fewer, a topic's and a metric's more. */
const CROWDED = 6;

/** Value labels are bold 13 px, down to 11 px where a value is wider than its bar's room. */
const LABEL_SIZES = [13, 12, 11] as const;

const css = (el: Element, name: string) => getComputedStyle(el).getPropertyValue(name).trim();

/**
 * Writes each bar's value, hedge included, above it: the series reads
 * without colour or hover. Where the bars are too many for every value to
 * fit (a metric's page, with every year), the newest value and as many
 * earlier ones as have room are written; the table gives them all.
 */
function directLabels(texts: string[], colors: () => { text: string; background: string }): Plugin<'bar'> {
  return {
    id: 'directLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = colors().text;
      // On screen each label is drawn over a rim of the page's background, so that a gridline behind
      // it stops short. Not on paper: Chromium writes stroked text into a PDF with a font it does not
      // embed, and a printed sheet's chart, in its narrow column, has no gridlines.
      const rim = !matchMedia('print').matches;
      ctx.strokeStyle = colors().background;
      ctx.lineWidth = 4;
      ctx.lineJoin = 'round';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      const family = getComputedStyle(chart.canvas).fontFamily;
      const slot = chart.scales['x'] ? chart.scales['x'].width / Math.max(1, texts.length) - 8 : Infinity;
      const bars = chart.getDatasetMeta(0).data;
      // Each value wrapped into its bar's room at a size, and the width of its widest line.
      const layout = (size: number) => {
        ctx.font = `600 ${size}px ${family}`;
        const wrapped = bars.map((_, i) => wrap(ctx, texts[i] ?? '', slot));
        return { wrapped, widths: wrapped.map((lines) => Math.max(0, ...lines.map((line) => ctx.measureText(line).width))) };
      };
      // On a sheet's chart, a value that cannot wrap into its bar's room at 13 px is written a
      // little smaller, with its neighbours; a crowded chart keeps 13 px and writes fewer values.
      const size = bars.length <= CROWDED ? fittingSize(LABEL_SIZES, (s) => Math.max(0, ...layout(s).widths), slot) : LABEL_SIZES[0];
      const { wrapped, widths } = layout(size);
      const lineHeight = size + 2;
      // A label wider than its bar stays inside the canvas, 4 px clear of its edges: the newest bar is at the right edge.
      const centres = bars.map((bar, i) => Math.min(Math.max(bar.x, 4 + (widths[i] ?? 0) / 2), chart.width - 4 - (widths[i] ?? 0) / 2));
      // A sheet's chart (up to six bars, each value wrapped into its bar's width) writes every
      // value; past six bars (a topic's newest ten values, a metric's every year) as many as have room.
      const room =
        bars.length <= CROWDED
          ? bars.map(() => true)
          : labelsWithRoom(
              bars.map((bar, i) => ({ centre: centres[i] ?? bar.x, width: widths[i] ?? 0, top: bar.y - 4 - (wrapped[i]?.length ?? 1) * lineHeight, bottom: bar.y - 4 })),
              6,
            );
      bars.forEach((bar, i) => {
        if (!room[i]) return;
        const lines = wrapped[i] ?? [];
        lines.forEach((line, n) => {
          const y = bar.y - 4 - (lines.length - 1 - n) * lineHeight;
          if (rim) ctx.strokeText(line, centres[i] ?? bar.x, y);
          ctx.fillText(line, centres[i] ?? bar.x, y);
        });
      });
      ctx.restore();
    },
  };
}

/** Breaks a label into lines that fit its bar's slot ("more than" over "₸300 million" on a phone). */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && ctx.measureText(`${last} ${word}`).width <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Category labels as short lines, so they stay level on a phone. */
function lines(label: string, chars: number): string[] {
  const out: string[] = [];
  for (const word of label.split(' ')) {
    const last = out.at(-1);
    if (last !== undefined && last.length + word.length < chars) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out;
}

export function drawChart(canvas: HTMLCanvasElement, json: string) {
  const parsed: unknown = JSON.parse(json);
  if (!isPayload(parsed)) return;
  const data = parsed;
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const print = matchMedia('print');
  const colors = () => ({
    bar: css(canvas, '--chart-bar'),
    text: css(canvas, '--text'),
    grid: css(canvas, '--line'),
    background: css(canvas, '--bg'),
  });
  Chart.defaults.font.family = getComputedStyle(canvas).fontFamily;
  Chart.defaults.font.size = 13;
  // The layout for a box `width` px wide. In a narrow box (a phone, or the printed sheet's column
  // beside the table) a sheet's chart, which writes every value over its bar, leaves out its value
  // axis: the bars and their words get the width, and no word runs into the next on a 320 px
  // screen. Chosen again when the box changes (a page printed from a desktop browser).
  const fit = (width: number) => {
    const narrow = width < 480;
    return {
      labels: data.labels.map((l) => lines(l, Math.max(8, Math.floor(width / data.labels.length / 9)))),
      tickSize: narrow ? 11 : 13,
      valueAxis: !narrow || data.labels.length > CROWDED,
    };
  };
  // The box's width: the canvas itself is 300 px wide until Chart.js sizes it to its box.
  const first = fit(canvas.parentElement?.clientWidth || canvas.clientWidth);
  let c = colors();
  const chart = new Chart(canvas, {
    type: 'bar',
    data: { labels: first.labels, datasets: [{ data: data.values, backgroundColor: c.bar, borderRadius: 3, maxBarThickness: 96 }] },
    plugins: [directLabels(data.texts, () => c)],
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reduce || print.matches ? false : { duration: 400 },
      // A page that opens in print media is the PDF step's, in Chromium, which prints the chart's
      // drawing (see 'beforeprint' below), so no sharper bitmap is needed there.
      devicePixelRatio: window.devicePixelRatio,
      layout: { padding: { top: 40 } },
      onResize: (resized, size) => {
        const now = fit(size.width);
        const { x, y } = resized.options.scales ?? {};
        resized.data.labels = now.labels;
        if (x?.ticks) x.ticks.font = { size: now.tickSize };
        if (y) y.display = now.valueAxis;
      },
      scales: {
        // Level labels, each wrapped to its bar's width; past six bars they cannot all fit, so Chart.js shows every second or third.
        x: { ticks: { color: c.text, maxRotation: 0, autoSkip: data.labels.length > CROWDED, autoSkipPadding: 8, font: { size: first.tickSize } }, grid: { display: false } },
        y: {
          display: first.valueAxis,
          beginAtZero: true,
          grace: '10%',
          ticks: { color: c.text, maxTicksLimit: 6, callback: (v) => formatValue({ value: Number(v), unit: data.unit }, data.lang) },
          grid: { color: c.grid },
          // The chart's title names the measure; an axis title would only crowd a short chart.
          title: { display: false },
        },
      },
      plugins: {
        tooltip: { callbacks: { label: (item) => data.texts[item.dataIndex] ?? '' } },
      },
    },
  });
  // Chromium prints a canvas as its drawing, not its pixels, when the whole canvas is drawn
  // again once printing has begun (Blink's HTMLCanvasElement::PaintInternal): lines and labels
  // stay sharp at any zoom, the labels are text, and the PDF step encodes no large bitmap.
  addEventListener('beforeprint', () => chart.draw());
  // The colours of the page around the chart: light or dark as the reader's system is set, and
  // the print stylesheet's on paper.
  const recolor = () => {
    c = colors();
    const { x, y } = chart.options.scales ?? {};
    const dataset = chart.data.datasets[0];
    if (dataset) dataset.backgroundColor = c.bar;
    if (x?.ticks) x.ticks.color = c.text;
    if (y?.ticks) y.ticks.color = c.text;
    if (y?.grid) y.grid.color = c.grid;
  };
  // Browsers that print the pixels get a sharper bitmap; back to the screen's settings after.
  print.addEventListener('change', (e) => {
    recolor();
    chart.options.devicePixelRatio = e.matches ? 3 : window.devicePixelRatio;
    chart.options.animation = false;
    chart.resize();
    chart.update('none');
  });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    recolor();
    chart.update('none');
  });
  return chart;
}
