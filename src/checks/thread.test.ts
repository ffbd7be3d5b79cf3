import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from './index.ts';
import { readContentFiles } from './read.ts';
import { checkOnThread } from './thread.ts';

const fixtures = join(import.meta.dirname, 'fixtures');
const project = mkdtempSync(join(tmpdir(), 'sheets-thread-'));
cpSync(join(fixtures, 'base/content'), join(project, 'content'), { recursive: true });
for (const rule of ['unknown-source', 'number-in-prose']) cpSync(join(fixtures, 'broken', rule, 'content'), join(project, 'content'), { recursive: true });
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('checkOnThread', () => {
  it('finds on its thread the very problems the check finds in process, with their places', async () => {
    const problems = await checkOnThread(project);
    expect(problems.map((p) => p.rule)).toEqual(expect.arrayContaining(['unknown-source', 'number-in-prose']));
    expect(problems).toEqual(checkContent(readContentFiles(project)).problems);
  });

  it('finds no problem in good content', async () => {
    const good = mkdtempSync(join(tmpdir(), 'sheets-thread-good-'));
    try {
      cpSync(join(fixtures, 'base/content'), join(good, 'content'), { recursive: true });
      expect(await checkOnThread(good)).toEqual([]);
    } finally {
      rmSync(good, { recursive: true, force: true });
    }
  });
});
