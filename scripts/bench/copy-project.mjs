// A copy of the project to build a generated corpus with: the site's code
// unchanged, its content replaced later. node_modules is a symlink to the
// project's, as scripts/project-copy.ts does for the tests, so that no
// install is needed and the copy builds with exactly the project's packages.
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './paths.mjs';
import { discard } from './trash.mjs';

export const PROJECT_ITEMS = ['src', 'scripts', 'public', 'content', 'astro.config.mjs', 'site.config.mjs', 'package.json', 'tsconfig.json'];

/** Replaces `dir` with a fresh copy of the project; a corpus left by an earlier run goes to the trash first. */
export function copyProject(dir) {
  discard(dir);
  mkdirSync(dir, { recursive: true });
  for (const item of PROJECT_ITEMS) cpSync(join(projectRoot, item), join(dir, item), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
}
