import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildEnv, compileCacheOf, makeCold } from './astro-build.mjs';
import { emptyTrash } from './trash.mjs';

describe('a cold build in the bench', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('keeps Node’s compile cache in the corpus’s own folder, not the one every build shares', () => {
    const env = buildEnv('/corpus/1000', undefined, { PATH: '/bin', NODE_COMPILE_CACHE: '/tmp/node-compile-cache' });
    expect(env['NODE_COMPILE_CACHE']).toBe(compileCacheOf('/corpus/1000'));
    expect(compileCacheOf('/corpus/1000')).toBe(join('/corpus/1000', '.astro', 'node-compile-cache'));
    expect(env).toMatchObject({ PATH: '/bin', FORCE_COLOR: '0', NO_COLOR: '1' });
    expect(env).not.toHaveProperty('KZ_BENCH_ALLOC_OUT');
    expect(buildEnv('/corpus/1000', '/corpus/1000/astro-alloc.log.alloc.json')['KZ_BENCH_ALLOC_OUT']).toBe('/corpus/1000/astro-alloc.log.alloc.json');
  });

  it('starts without the compiled code, output and caches of the build before', () => {
    const root = mkdtempSync(join(tmpdir(), 'kz-cold-'));
    dirs.push(root);
    const corpus = join(root, 'corpus');
    const trash = join(root, '.trash');
    mkdirSync(compileCacheOf(corpus), { recursive: true });
    writeFileSync(join(compileCacheOf(corpus), 'a1b2c3'), 'compiled code');
    mkdirSync(join(corpus, 'dist'), { recursive: true });
    writeFileSync(join(corpus, 'dist/index.html'), '<!doctype html>');
    writeFileSync(join(corpus, 'astro.config.mjs'), 'export default {};');
    makeCold(corpus, trash);
    expect(existsSync(compileCacheOf(corpus))).toBe(false);
    expect(existsSync(join(corpus, 'dist'))).toBe(false);
    expect(existsSync(join(corpus, 'astro.config.mjs'))).toBe(true);
    emptyTrash(trash);
  });
});
