import { expect, type Browser, type BrowserContext, type ConsoleMessage, type Locator, type Page, type Request } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { looks, showAs, violationsInEveryLook } from './axe.ts';

/**
 * The independent checks every page of a built site is held to, for the
 * published site (sweep.spec.ts, links.spec.ts) and for the site as the
 * archive will grow (scale.spec.ts).
 */

/**
 * A page to sweep many pages with: a fresh browser context per page costs a
 * new renderer, which compiles axe again (about a second); the same one keeps
 * it compiled. It reports the Content-Security-Policy's violations to the
 * console, where sweepPage listens.
 */
export async function openSweepPage(browser: Browser, baseURL?: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(baseURL ? { baseURL } : {});
  const page = await context.newPage();
  // Init scripts come from the browser's tools, not the page, so the page's policy does not stop this listener.
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)));
  return { context, page };
}

/** Scrolls each chart of the page into view, where it starts to draw, and waits until it has drawn; returns the charts. */
export async function drawCharts(page: Page): Promise<Locator> {
  const charts = page.locator('kz-chart');
  for (let i = 0; i < (await charts.count()); i++) {
    await charts.nth(i).scrollIntoViewIfNeeded();
    await expect(charts.nth(i)).toHaveAttribute('data-drawn', '');
  }
  return charts;
}

/**
 * One page (opened by openSweepPage) loaded with a request log and a
 * Content-Security-Policy listener, its charts drawn, then checked: one h1, a script file only for each
 * interactive part it has, no request to another origin, no CSP violation,
 * and axe (WCAG 2.2 AA and best practices) at phone and desktop widths, in
 * light and dark. Returns what it found wrong, one line each.
 */
export async function sweepPage(page: Page, url: string, origin: string): Promise<string[]> {
  const problems: string[] = [];
  const onConsole = (m: ConsoleMessage) => /Content Security Policy|CSP violation/.test(m.text()) && problems.push(m.text());
  const onRequest = (r: Request) => !r.url().startsWith(origin) && !r.url().startsWith('data:') && problems.push(`requested ${r.url()}`);
  page.on('console', onConsole);
  page.on('request', onRequest);
  try {
    await showAs(page, looks[0] ?? ['desktop', 'light']);
    await page.goto(url);
    // Bring every chart into view, so that Chart.js and its drawing are under the policy too.
    await drawCharts(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    // Charts, copy buttons (sheets) and search each bring one script; other pages none.
    const parts = ['kz-chart', 'kz-copy', 'kz-search'];
    const present = (await Promise.all(parts.map((tag) => page.locator(tag).count()))).filter((n) => n > 0).length;
    // Structured data (application/ld+json) is data, not a script.
    const scripts = page.locator('script:not([type="application/ld+json"])');
    await expect(scripts).toHaveCount(present);
    for (const script of await scripts.all()) await expect(script).toHaveAttribute('src', /^\/_astro\/.+\.js$/);
    problems.push(...(await violationsInEveryLook(page)));
  } finally {
    page.off('console', onConsole);
    page.off('request', onRequest);
  }
  return problems;
}

/** The Nu HTML Checker's errors for every page in `dist`, one line each (file and line). */
export function nuErrors(dist: string): string[] {
  // vnu-jar ships the checker; Java runs it. Errors only: its warnings are advice (for example on the Content-Security-Policy meta tag).
  const jar = join(import.meta.dirname, '../node_modules/vnu-jar/build/dist/vnu.jar');
  const run = spawnSync('java', ['-jar', jar, '--skip-non-html', '--errors-only', '--format', 'json', dist], { encoding: 'utf8' });
  if (run.error) throw new Error(`The Nu HTML Checker needs Java on PATH (Debian: apt-get install default-jre-headless): ${run.error.message}`);
  const { messages } = JSON.parse(run.stderr || '{"messages":[]}') as { messages: { type: string; url?: string; lastLine?: number; message: string }[] };
  return messages.filter((m) => m.type === 'error').map((m) => `${m.url?.replace(/^.*\/dist\//, 'dist/') ?? '?'}:${m.lastLine ?? '?'} ${m.message}`);
}

const ids = (html: string): string[] => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '');

/**
 * Every internal link and anchor of the given pages that leads nowhere: a
 * page not among them, an id not on its page, or a file (a PDF, a CSV) not
 * in `dist`. `html` maps each page's address to its HTML.
 */
export function brokenLinks(html: ReadonlyMap<string, string>, dist: string): string[] {
  const broken: string[] = [];
  for (const [path, text] of html) {
    for (const [, href = ''] of text.matchAll(/<a [^>]*href="([^"]+)"/g)) {
      if (/^https?:/.test(href)) continue;
      const [target = '', anchor] = href.split('#');
      const page = target === '' ? path : target;
      if (/\.\w+$/.test(page)) {
        // A file, such as a sheet's PDF: it must have been written.
        if (!existsSync(join(dist, page))) broken.push(`${path} → ${href} (no such file)`);
        continue;
      }
      const body = html.get(page);
      if (body === undefined) broken.push(`${path} → ${href} (no such page)`);
      else if (anchor && !ids(body).includes(anchor)) broken.push(`${path} → ${href} (no such anchor)`);
    }
  }
  return broken;
}

/** The ids a page uses more than once. */
export const repeatedIds = (html: string): string[] => {
  const all = ids(html);
  return all.filter((id, i) => all.indexOf(id) !== i);
};

/** A line of text a chart wrote on its canvas: its text, its box, and whether it is a value label. */
export interface DrawnLabel {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Written in the value labels' font (bold), not by Chart.js on an axis. */
  value: boolean;
  /** Its colour, as the canvas reports it (#rrggbb). */
  color: string;
}

declare global {
  interface Window {
    /** The texts of a canvas's last drawing, recorded by recordChartTexts. */
    kzLabelsOf?: (canvas: HTMLCanvasElement) => DrawnLabel[];
  }
}

/**
 * Records, for every canvas of the pages `page` opens from now on, the texts
 * of its last drawing, from the last time the whole canvas was cleared: the
 * value labels the chart script writes in its label font (bold, 11 to 13 px)
 * and the axes' labels Chart.js writes, each line with its box on the
 * canvas (Chart.js writes an axis label at the origin of a moved context, so
 * each box goes through the context's transform). Read them with valueLabels
 * and axisLabels.
 */
export async function recordChartTexts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const drawn = new WeakMap<HTMLCanvasElement, DrawnLabel[]>();
    const proto = CanvasRenderingContext2D.prototype;
    const { fillText, clearRect } = proto;
    proto.clearRect = function (...args) {
      if (args[2] >= this.canvas.width / 2) drawn.set(this.canvas, []);
      return clearRect.apply(this, args);
    };
    proto.fillText = function (text, x, y, ...rest) {
      const size = Number(/(\d+(?:\.\d+)?)px/.exec(this.font)?.[1] ?? 0);
      const m = this.getTransform();
      const width = this.measureText(text).width * m.a;
      const at = { x: m.a * x + m.c * y + m.e, y: m.b * x + m.d * y + m.f };
      const height = size * m.d;
      const left = this.textAlign === 'center' ? at.x - width / 2 : this.textAlign === 'right' || this.textAlign === 'end' ? at.x - width : at.x;
      const top = this.textBaseline === 'middle' ? at.y - height / 2 : this.textBaseline === 'top' || this.textBaseline === 'hanging' ? at.y : at.y - height;
      drawn.get(this.canvas)?.push({ text, left, right: left + width, top, bottom: top + height, value: this.font.startsWith('600 '), color: String(this.fillStyle) });
      return fillText.call(this, text, x, y, ...rest);
    };
    window.kzLabelsOf = (canvas) => drawn.get(canvas) ?? [];
  });
}

const chartTexts = (page: Page, index: number): Promise<DrawnLabel[]> =>
  page.locator('kz-chart canvas').nth(index).evaluate((canvas: HTMLCanvasElement) => window.kzLabelsOf?.(canvas) ?? []);

/** The value labels the chart at `index` on the page last wrote (recordChartTexts must have been called before the page opened). */
export const valueLabels = async (page: Page, index: number): Promise<DrawnLabel[]> => (await chartTexts(page, index)).filter((label) => label.value);

/** The labels of its axes (categories, values) the chart at `index` last wrote. */
export const axisLabels = async (page: Page, index: number): Promise<DrawnLabel[]> => (await chartTexts(page, index)).filter((label) => !label.value);

/**
 * Pairs of value-label lines whose boxes overlap, or stand side by side
 * less than `gap` pixels apart, as "first × second". The lines of one label
 * are stacked, not side by side.
 */
export const overlaps = (labels: readonly DrawnLabel[], gap = 0): string[] =>
  labels.flatMap((a, i) =>
    labels
      .slice(i + 1)
      .filter((b) => a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom && b.top < a.bottom)
      .map((b) => `${a.text} × ${b.text}`),
  );
