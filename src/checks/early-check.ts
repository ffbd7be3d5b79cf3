import type { Problem } from '../lib/problem.ts';
import { checkOnThread } from './thread.ts';

/**
 * A build starts its content check as its config loads
 * (src/integrations/early-content-check.ts), a second or two before Astro
 * syncs the collections: the thread checks while Astro sets up, and the
 * content check's loader (src/loaders/content-check.ts) takes the result.
 * The config and the loader are separate module instances (Node loads the
 * config, Vite the loaders), so they meet on globalThis, as the build
 * manifest's route and the generated-files integration do.
 */
declare global {
  // A global's type must be declared with `var`.
  var kzEarlyContentCheck: { root: string; problems: Promise<Problem[]> } | undefined;
}

/** Starts the check of the project at `root`, for takeEarlyCheck to pick up. */
export function startEarlyCheck(root: string): void {
  const problems = checkOnThread(root);
  // A failure is the loader's to report when it takes the result; until then it is not unhandled.
  problems.catch(() => {});
  globalThis.kzEarlyContentCheck = { root, problems };
}

/** The check started for `root`, once: a second load (npm run dev, after a save) checks the files as they are then. */
export function takeEarlyCheck(root: string): Promise<Problem[]> | undefined {
  const early = globalThis.kzEarlyContentCheck;
  globalThis.kzEarlyContentCheck = undefined;
  return early?.root === root ? early.problems : undefined;
}
