import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { startEarlyCheck } from '../checks/early-check.ts';

/**
 * Starts `astro build`'s content check on its own thread as the config
 * loads, so that it runs while Astro sets up rather than after (at 100
 * sheets it is done before the collections sync). Not when scripts/build.mjs
 * has just checked the files and says so (CONTENT_CHECKED): the loader then
 * compares the files with that receipt instead. `npm run dev` checks on the
 * loader's schedule.
 */
export function earlyContentCheck(): AstroIntegration {
  return {
    name: 'kz-early-content-check',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command === 'build' && process.env['CONTENT_CHECKED'] === undefined) startEarlyCheck(fileURLToPath(config.root));
      },
    },
  };
}
