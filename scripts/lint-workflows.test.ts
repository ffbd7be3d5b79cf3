import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const repo = fileURLToPath(new URL('..', import.meta.url));
const script = fileURLToPath(new URL('./lint-workflows.mjs', import.meta.url));
const pullRequest = join(repo, '.github/workflows/pull-request.yml');

function lintIn(cwd: string) {
  const run = spawnSync(process.execPath, [script], { cwd, encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

const temps: string[] = [];
function tempRepo() {
  const dir = mkdtempSync(join(tmpdir(), 'lint-workflows-'));
  temps.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

type Step = { name?: string; run?: string; if?: string; env?: Record<string, unknown> };

describe('linting the GitHub workflows', () => {
  it("passes on the repository's own workflows", () => {
    const { status, output } = lintIn(repo);
    expect(output).toMatch(/actionlint: \d+ workflow files, 0 problems/);
    expect(status).toBe(0);
  });

  it('fails on a workflow with a mistyped key, naming the file and line', () => {
    const dir = tempRepo();
    const lines = readFileSync(pullRequest, 'utf8').split('\n');
    const index = lines.findIndex((line) => line.trim().startsWith('runs-on:'));
    lines[index] = lines[index]!.replace('runs-on:', 'runs-onn:');
    mkdirSync(join(dir, '.github/workflows'), { recursive: true });
    writeFileSync(join(dir, '.github/workflows/bad.yml'), lines.join('\n'));

    const { status, output } = lintIn(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`.github/workflows/bad.yml:${index + 1}:`);
    expect(output).toContain('runs-onn');
    expect(output).toMatch(/actionlint: 1 workflow files, [1-9]\d* problems/);
  });

  it('fails when there is no workflow to lint', () => {
    const { status, output } = lintIn(tempRepo());
    expect(status).not.toBe(0);
    expect(output).toContain('no workflow files');
  });
});

describe('the pull-request workflow', () => {
  const workflow = parse(readFileSync(pullRequest, 'utf8'));
  const jobs = workflow.jobs as Record<string, { steps: Step[] }>;
  const steps: Step[] = jobs['check']?.steps ?? [];
  const runs = steps.map((step) => step.run ?? '');
  const at = (command: string) => runs.findIndex((run) => run.includes(command));

  it('runs on pull requests with read-only access', () => {
    expect(workflow.on).toHaveProperty('pull_request');
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  it('checks the content against the base branch', () => {
    const step = steps[at('npm run check')];
    expect(step?.run).toMatch(/npm run check -- --base "origin\/\$BASE_REF"/);
  });

  it('shows the figure diff even when the content check fails', () => {
    const step = steps[at('npm run diff')];
    expect(step?.run).toContain('"origin/$BASE_REF"');
    expect(step?.if).toBe('always()');
  });

  it('runs the whole test suite as CI, then Lighthouse on the site it built', () => {
    const test = at('npm test');
    expect(test).toBe(runs.length - 2);
    expect(steps[test]?.env).toEqual({ CI: true });
    expect(at('playwright install')).toBeLessThan(test);
    expect(runs.at(-1)).toBe('npm run audit');
  });

  it('audits what the site ships and its dependencies in a job of its own (the advisory service is not reachable in npm test)', () => {
    const own = (jobs['dependencies']?.steps ?? []).map((step) => step.run ?? '');
    expect(own).toContain('npm audit --omit=dev --audit-level=high');
    expect(own).toContain('node scripts/outdated.mjs');
  });
});
