import type { AstroIntegration } from 'astro';
import { writeGeneratedFiles, type GeneratedFile } from '../lib/file-writer.ts';
import { receiveGeneratedFiles } from '../lib/file-handoff.ts';

/**
 * Writes the files beside the pages (src/generated-files.ts) when Astro is
 * done: the build manifest's route hands them over as Astro renders it
 * (src/lib/file-handoff.ts). They are written after the last page, not
 * while Astro writes the pages: on this kind of machine creating a file costs
 * a fraction of a millisecond of the disk, and some 11,000 written while
 * Astro wrote its pages held the pages back longer than they took on their
 * own.
 */
export function generatedFilesIntegration(): AstroIntegration {
  let received: GeneratedFile[] = [];
  // Whether the route ran where it could hand the files over: a site of no sheets hands over none.
  let handedOver = false;
  return {
    name: 'kz-generated-files',
    hooks: {
      'astro:build:start': () => {
        received = [];
        handedOver = false;
        receiveGeneratedFiles((files) => {
          handedOver = true;
          received = received.concat(files);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        receiveGeneratedFiles(undefined);
        if (!handedOver) throw new Error("kz-generated-files: the build manifest's route (src/pages/build-manifest.json.ts) never handed over the files beside the pages, so the site would lack its CSV, JSON and print stylesheets.");
        const started = performance.now();
        await writeGeneratedFiles(dir, received);
        logger.info(`wrote ${received.length} data files and print stylesheets in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        received = [];
      },
    },
  };
}
