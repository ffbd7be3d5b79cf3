// A copy of the project in a temporary folder, sharing node_modules, for
// tests that build, check or serve it as an editor's pull request would.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

export const root = join(import.meta.dirname, '..');
const made: string[] = [];

export function copyProject(prefix: string, extra: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  made.push(dir);
  for (const item of ['content', 'src', 'public', 'scripts', 'astro.config.mjs', 'site.config.mjs', 'package.json', 'tsconfig.json', ...extra]) {
    cpSync(join(root, item), join(dir, item), { recursive: true });
  }
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
  return published.length + new Set(published.map((f) => f.split(/[\\/]/)[0])).size;
}
