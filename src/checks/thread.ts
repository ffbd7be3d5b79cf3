import { Worker } from 'node:worker_threads';
import { z } from 'astro/zod';
import type { Problem } from '../lib/problem.ts';
import { problemSchema } from '../schemas/problem.ts';

const problemsSchema = z.array(problemSchema);

/**
 * The content check of the project at `root` (checkContent over the files
 * readContentFiles reads) on a thread of its own. The build's loaders run
 * the check beside the other collections, which load on the main thread:
 * at 1,000 sheets it takes seconds of a core that would otherwise wait.
 * Node runs the thread's TypeScript itself, so every module it reaches must
 * name its files (`./index.ts`), as scripts/config-load.test.ts requires of
 * the config's.
 */
export function checkOnThread(root: string): Promise<Problem[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./thread-entry.ts', import.meta.url), { workerData: root });
    // The first settlement counts: a thread that answered and then exits leaves the answer standing.
    worker.once('message', (message: unknown) => {
      const parsed = problemsSchema.safeParse(message);
      if (parsed.success) resolve(parsed.data);
      else reject(new Error(`The content check's thread answered with something other than a list of problems: ${parsed.error.message}`));
    });
    worker.once('error', (error: unknown) => reject(new Error(`The content check failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error })));
    worker.once('exit', (code) => reject(new Error(`The content check's thread stopped (exit code ${code}) without a result.`)));
  });
}
