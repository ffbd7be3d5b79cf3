// A copy of the project in a temporary folder, sharing node_modules, for
// tests that build, check or serve it as an editor's pull request would.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { languages } from '../src/i18n/locales.ts';

export const root = join(import.meta.dirname, '..');
const made: string[] = [];

/**
 * The build's caches of printed PDFs and rendered social images, which a copy
 * may start from: npm test builds the site before the tests that build copies,
 * so their builds print only what differs from it. Each entry is keyed by
 * everything that shapes its file, so a copy's build never reuses a stale one.
 */
const caches = ['.astro/pdf-cache', '.astro/social-cache'];

export function copyProject(prefix: string, extra: string[] = [], { withCaches = false } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  made.push(dir);
  for (const item of ['content', 'src', 'public', 'scripts', 'astro.config.mjs', 'site.config.mjs', 'package.json', 'tsconfig.json', ...extra]) {
    cpSync(join(root, item), join(dir, item), { recursive: true });
  }
  if (withCaches) for (const cache of caches.filter((c) => existsSync(join(root, c)))) cpSync(join(root, cache), join(dir, cache), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

export const removeCopies = () => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));

export type Edit = (dir: string) => void;
export const edit = (file: string, change: (text: string) => string): Edit => (dir) => {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit of ${file} changed nothing`);
  writeFileSync(path, after);
};

/** The PDFs a build of this content writes: one per published sheet and one booklet per year. */
export function expectedPdfCount(dir: string): number {
  const entries = join(dir, 'content/entries');
  const published = readdirSync(entries, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .filter((f) => {
      const data: unknown = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(entries, f), 'utf8'))?.[1] ?? '');
      return !(data !== null && typeof data === 'object' && 'draft' in data && data.draft === true);
    });
  // Each edition prints every published sheet (translated, or in English with a notice) and a booklet a year.
  return (published.length + new Set(published.map((f) => f.split(/[\\/]/)[0])).size) * languages.length;
}

// The tools run as an editor runs them, not under the test runner's environment:
// Vitest sets NODE_ENV, VITEST… and Vite's DEV, PROD, MODE, SSR and BASE_URL, which would make a build think it is dev.
const runnerVariables = new Set(['NODE_ENV', 'TEST', 'DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']);
const outside = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && !runnerVariables.has(k)));
export const quiet: NodeJS.ProcessEnv = { ...outside, NO_COLOR: '1', FORCE_COLOR: '0', GITHUB_ACTIONS: '' };

const run = promisify(execFile);
/** Runs a Node script in a copy; its exit code and everything it printed. */
export const exec = (dir: string, args: string[], env: NodeJS.ProcessEnv = quiet) =>
  run(process.execPath, args, { cwd: dir, env, maxBuffer: 1 << 26 }).then(
    (r) => ({ code: 0, output: r.stdout + r.stderr }),
    (e: { code?: number; stdout?: string; stderr?: string }) => ({ code: e.code ?? 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` }),
  );
