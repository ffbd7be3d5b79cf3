import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEarlyCheck, takeEarlyCheck } from './early-check.ts';

const fixtures = join(import.meta.dirname, 'fixtures');
const project = mkdtempSync(join(tmpdir(), 'sheets-early-'));
cpSync(join(fixtures, 'base/content'), join(project, 'content'), { recursive: true });
cpSync(join(fixtures, 'broken/unknown-source/content'), join(project, 'content'), { recursive: true });
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('the check a build starts early', () => {
  it("is the loader's to take once, with the problems of the project it was started for", async () => {
    startEarlyCheck(project);
    const problems = takeEarlyCheck(project);
    expect(problems).toBeDefined();
    expect((await problems)?.map((p) => p.rule)).toContain('unknown-source');
    // A second load (npm run dev after a save) checks the files as they are then.
    expect(takeEarlyCheck(project)).toBeUndefined();
  });

  it('is not taken for another project', async () => {
    startEarlyCheck(project);
    expect(takeEarlyCheck(join(project, 'other'))).toBeUndefined();
    expect(takeEarlyCheck(project)).toBeUndefined();
  });
});
