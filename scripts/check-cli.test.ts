import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** `npm run check` as editors and CI run it, on the check's fixture corpus broken in several files at once. */
const root = join(import.meta.dirname, '..');
const fixtures = join(root, 'src/checks/fixtures');
const dir = mkdtempSync(join(tmpdir(), 'sheets-check-'));
cpSync(join(fixtures, 'base/content'), join(dir, 'content'), { recursive: true });
for (const rule of ['unknown-source', 'number-in-prose', 'duplicate-key', 'unknown-field']) {
  cpSync(join(fixtures, 'broken', rule, 'content'), join(dir, 'content'), { recursive: true });
}
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const check = (env: Record<string, string>) => {
  const r = spawnSync(process.execPath, [join(root, 'scripts/check.ts')], { cwd: dir, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', ...env } });
  return { code: r.status, lines: r.stdout.split('\n') };
};

describe('npm run check', () => {
  it('prints every problem of every file in one run, in reading order, and fails', () => {
    const { code, lines } = check({});
    expect(code).toBe(1);
    const problems = lines.filter((l) => /^content\//.test(l)).map((l) => l.split('  ').slice(0, 2).join('  '));
    expect(problems).toEqual([
      expect.stringMatching(/^content\/entries\/2024\/detection\.mdx:13:5 {2}unknown-source$/),
      expect.stringMatching(/^content\/entries\/2024\/drug-enforcement\.mdx:16:\d+ {2}number-in-prose$/),
      expect.stringMatching(/^content\/entries\/2025\/detection\.mdx:5:1 {2}unknown-field$/),
      expect.stringMatching(/^content\/sources\.yaml:13:1 {2}duplicate-key$/),
    ]);
    expect(lines).toContain('    hint: did you mean "period"?');
    expect(lines.find((l) => l.startsWith('✗'))).toMatch(/^✗ content check: 4 problems in 4 file\(s\) of 3 sheets, \d+ translations? and 4 data files \(\d+\.\d\d s\)$/);
  });

  it('adds GitHub annotations, so that each problem shows on its line of the pull request', () => {
    const { lines } = check({ GITHUB_ACTIONS: 'true' });
    const annotations = lines.filter((l) => l.startsWith('::error '));
    expect(annotations).toHaveLength(4);
    expect(annotations).toContainEqual(expect.stringMatching(/^::error file=content\/entries\/2025\/detection\.mdx,line=5,col=1,title=unknown-field::unknown field "perod"\.%0AHint: did you mean "period"\?$/));
  });
});
