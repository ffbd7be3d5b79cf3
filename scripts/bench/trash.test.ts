import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discard, emptyTrash } from './trash.mjs';

describe('the bench’s trash', () => {
  const dirs: string[] = [];
  const scratch = () => {
    const dir = mkdtempSync(join(tmpdir(), 'kz-trash-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('moves a build’s output aside whole, freeing nothing until it is emptied', () => {
    const root = scratch();
    const trash = join(root, '.trash');
    mkdirSync(join(root, 'dist/2025'), { recursive: true });
    writeFileSync(join(root, 'dist/2025/detection.csv'), 'a,b\r\n');
    discard(join(root, 'dist'), trash);
    discard(join(root, 'dist'), trash); // already gone: nothing to do
    expect(existsSync(join(root, 'dist'))).toBe(false);
    const [moved, ...more] = readdirSync(trash);
    expect(more).toEqual([]);
    expect(readFileSync(join(trash, String(moved), '2025/detection.csv'), 'utf8')).toBe('a,b\r\n');
    emptyTrash(trash);
    expect(existsSync(trash)).toBe(false);
  });

  it('empties a corpus’s symlinked node_modules without touching what it points to', () => {
    const root = scratch();
    const trash = join(root, '.trash');
    mkdirSync(join(root, 'packages/astro'), { recursive: true });
    writeFileSync(join(root, 'packages/astro/package.json'), '{}');
    mkdirSync(join(root, 'corpus'));
    symlinkSync(join(root, 'packages'), join(root, 'corpus/node_modules'), 'dir');
    discard(join(root, 'corpus'), trash);
    emptyTrash(trash);
    expect(readFileSync(join(root, 'packages/astro/package.json'), 'utf8')).toBe('{}');
  });

  it('moves a broken symlink too, so that a fresh copy can take its place', () => {
    const root = scratch();
    const trash = join(root, '.trash');
    symlinkSync(join(root, 'gone'), join(root, 'node_modules'), 'dir');
    discard(join(root, 'node_modules'), trash);
    expect(readdirSync(root)).toEqual(['.trash']);
  });
});
