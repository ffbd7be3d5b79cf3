// Sheets as they were at a git revision, for the figure diff and the
// correction rule: read with one `git cat-file --batch`, not one process a file.
import { execFileSync } from 'node:child_process';
import { ENTRIES } from '../src/checks/files.ts';
import type { SheetVersion } from '../src/checks/figure-diff.ts';
import { parseSheet } from '../src/checks/sheet.ts';

const git = (args: string[], input?: string): Buffer => execFileSync('git', args, { input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] });

/** Fails with a sentence, not a stack, when the revision does not exist. */
export function resolveRef(ref: string): string {
  try {
    return git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).toString().trim();
  } catch {
    throw new Error(`unknown git revision "${ref}": expected a branch, tag or commit, such as origin/main`);
  }
}

/** The revision to compare with when none is given: where this branch left main. */
export function defaultBase(): string {
  for (const main of ['main', 'origin/main']) {
    try {
      return git(['merge-base', main, 'HEAD']).toString().trim();
    } catch {
      // try the next name
    }
  }
  throw new Error('no branch main or origin/main to compare with; name a revision: npm run diff -- <git-ref>');
}

export function readSheetsAt(ref: string): SheetVersion[] {
  const commit = resolveRef(ref);
  const names = git(['ls-tree', '-r', '--name-only', commit, '--', ENTRIES]).toString().split('\n').filter((n) => n.endsWith('.mdx'));
  if (names.length === 0) return [];
  const out = git(['cat-file', '--batch'], names.map((n) => `${commit}:${n}`).join('\n') + '\n');
  const sheets: SheetVersion[] = [];
  let at = 0;
  for (const file of names) {
    const header = out.subarray(at, out.indexOf(10, at)).toString();
    const size = Number(header.split(' ')[2]);
    const start = out.indexOf(10, at) + 1;
    const text = out.subarray(start, start + size).toString('utf8');
    at = start + size + 1;
    const parsed = parseSheet({ file, text });
    // A sheet that did not pass its checks then has no published numbers to guard.
    if (parsed.id && parsed.data) sheets.push({ id: parsed.id, file, data: parsed.data });
  }
  return sheets;
}
