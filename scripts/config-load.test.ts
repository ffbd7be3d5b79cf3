import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));

// Astro imports astro.config.mjs with Node first and falls back, silently, to
// starting a Vite server to load it, which costs every build, check and dev
// start about 0.4 s on this kind of machine. Node can load the config only if
// every module it reaches names its file (`./notes.ts`, not `./notes`) and
// uses only the TypeScript that Node strips.
describe('astro.config.mjs', () => {
  it('loads in Node without Vite, with every module it imports', () => {
    expect(process.features.typescript, 'this Node cannot strip types; run the tests through npm, which puts the project\'s Node first').toBeTruthy();
    const run = spawnSync(process.execPath, ['--input-type=module', '--eval', "const config = (await import('./astro.config.mjs')).default; if (!config.integrations?.length) throw new Error('the config has no integrations');"], { cwd: root, encoding: 'utf8' });
    // Node's error names the module it could not load and the file that imported it.
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
