import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The figure diff and the rule that no published number changes silently,
 * on a temporary git repository holding the content check's fixture corpus:
 * the tools run as editors and CI run them, from the repository's folder.
 */
const root = join(import.meta.dirname, '..');
const fixture = join(root, 'src/checks/fixtures/base/content');
let repo = '';
let baseCommit = '';

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' });
const tool = (script: string, args: string[], env: Record<string, string> = {}) => {
  const r = spawnSync(process.execPath, [join(root, 'scripts', script), ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', ...env } });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
};
const sheet = 'content/entries/2024/detection.mdx';
const edit = (file: string, change: (t: string) => string) => {
  const path = join(repo, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit of ${file} changed nothing`);
  writeFileSync(path, after);
};
const reset = () => {
  git('checkout', '-q', '--', '.');
  git('clean', '-qfd');
};
const correction = (t: string) => t.replace('published: 2026-11-25', 'published: 2026-11-25\nupdated: 2026-12-01\ncorrections:\n  - date: 2026-12-01\n    text: Cases registered corrected from 15,905 to 15,906, as the Ministry published them.');

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'sheets-git-'));
  cpSync(fixture, join(repo, 'content'), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-qm', 'Published sheets');
  baseCommit = git('rev-parse', 'HEAD').trim();
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('a published number never changes silently', () => {
  it('refuses a changed value of a published sheet without a correction, naming the sheet and the figure', () => {
    reset();
    edit(sheet, (t) => t.replace('value: 15905', 'value: 15906'));
    const { code, out } = tool('check.ts', ['--base', 'main']);
    expect(code).toBe(1);
    expect(out).toMatch(/content\/entries\/2024\/detection\.mdx:11:\d+ {2}correction-required {2}sheet 2024\/detection changes the value of the published figure "registered" since main, without a correction/);
  });

  it('accepts it with a new correction and an updated date on or after it', () => {
    reset();
    edit(sheet, (t) => correction(t.replace('value: 15905', 'value: 15906')));
    expect(tool('check.ts', ['--base', 'main'])).toMatchObject({ code: 0 });
  });

  it('refuses a correction when the sheet says it was updated before it', () => {
    reset();
    edit(sheet, (t) => correction(t.replace('value: 15905', 'value: 15906')).replace('updated: 2026-12-01', 'updated: 2026-11-30'));
    const { code, out } = tool('check.ts', ['--base', 'main']);
    expect(code).toBe(1);
    expect(out).toContain('its correction is dated 2026-12-01 but the sheet says it was updated 2026-11-30');
  });

  it('refuses a changed hedge, a changed period and a removed figure', () => {
    reset();
    edit('content/entries/2025/detection.mdx', (t) => t.replace('    value: 28.4\n', '    value: 28.4\n    qualifier: about\n'));
    edit('content/entries/2024/drug-enforcement.mdx', (t) => t.replace("label: 'as reported in 2024'", "label: 'January–June 2024'"));
    edit(sheet, (t) => t.replace(/  - id: disclosure-rate[\s\S]*?derived: .*\n/, '').replace('Only <Fig id="disclosure-rate"/> of Internet fraud cases were disclosed: of', 'Of'));
    const { code, out } = tool('check.ts', ['--base', 'main']);
    expect(code).toBe(1);
    expect(out).toContain('changes the qualifier of the published figure "rate-2024"');
    expect(out).toContain('changes the period of the published figure "labs"');
    expect(out).toContain('removes the published figure "disclosure-rate"');
  });

  it('asks nothing of a new sheet or of a draft', () => {
    reset();
    edit('content/entries/2024/drug-enforcement.mdx', (t) => t.replace('published: 2026-11-25', 'published: 2026-11-25\ndraft: true'));
    git('commit', '-qam', 'Back to draft');
    const draftBase = git('rev-parse', 'HEAD').trim();
    edit('content/entries/2024/drug-enforcement.mdx', (t) => t.replace('value: 69', 'value: 70'));
    mkdirSync(join(repo, 'content/entries/2023'));
    writeFileSync(join(repo, 'content/entries/2023/detection.mdx'), readFileSync(join(repo, sheet), 'utf8').replace('year: 2024', 'year: 2023'));
    const { code, out } = tool('check.ts', ['--base', draftBase]);
    git('reset', '-q', '--hard', baseCommit);
    expect(out).not.toContain('correction-required');
    expect(code).toBe(0);
  });
});

describe('the figure diff', () => {
  it('prints the figures added, removed and changed, sheet by sheet, with hedge, period and source', () => {
    reset();
    edit(sheet, (t) => t.replace('value: 15905', 'value: 15906'));
    edit('content/entries/2025/detection.mdx', (t) => t.replace('    value: 28.4\n', '    value: 28.4\n    qualifier: about\n'));
    const { code, out } = tool('diff.ts', ['main']);
    expect(code).toBe(0);
    expect(out).toContain('2024/detection  content/entries/2024/detection.mdx');
    expect(out).toContain('~ registered: 15,905 → 15,906  [value]  (1 January – 31 October 2024; senate-2024-10-31)');
    expect(out).toContain('~ rate-2024: 28.4% → about 28.4%  [qualifier]');
  });

  it('names new and removed sheets and their figures', () => {
    reset();
    rmSync(join(repo, 'content/entries/2024/drug-enforcement.mdx'));
    const { out } = tool('diff.ts', ['main']);
    expect(out).toContain('2024/drug-enforcement (sheet removed)');
    expect(out).toContain('- labs: 69  (as reported in 2024; mia-2025-05)');
  });

  it('compares with the merge base of main when given no revision', () => {
    reset();
    git('checkout', '-q', '-b', 'edit');
    edit(sheet, (t) => t.replace('value: 3286', 'value: 3287'));
    git('commit', '-qam', 'An edit');
    const { out } = tool('diff.ts', []);
    expect(out).toContain('the merge base of main');
    expect(out).toContain('~ disclosed: 3,286 → 3,287');
    git('checkout', '-q', 'main');
  });

  it('writes a Markdown table to the job summary in GitHub Actions', () => {
    reset();
    edit(sheet, (t) => t.replace('value: 15905', 'value: 15906'));
    const summary = join(repo, '..', `summary-${Date.now()}.md`);
    tool('diff.ts', ['main'], { GITHUB_STEP_SUMMARY: summary });
    const table = readFileSync(summary, 'utf8');
    rmSync(summary);
    expect(table).toContain('| Sheet | Figure | Change | Before | After | Period | Source |');
    expect(table).toContain('| 2024/detection | `registered` | changed: value | 15,905 | 15,906 | 1 January – 31 October 2024 | senate-2024-10-31 |');
  });

  it('says so, without a stack trace, for a revision that does not exist', () => {
    const { code, out } = tool('diff.ts', ['no-such-branch']);
    expect(code).toBe(2);
    expect(out.trim()).toBe('unknown git revision "no-such-branch": expected a branch, tag or commit, such as origin/main');
  });
});
