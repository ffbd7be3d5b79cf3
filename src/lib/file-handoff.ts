import type { GeneratedFile } from './file-writer.ts';

/**
 * How the build manifest's route hands the files beside the pages to the
 * generated-files integration (src/integrations/generated-files.ts), which
 * writes them when Astro is done with the pages. Astro prerenders a static
 * site in the process that runs its integrations, so the two meet on
 * globalThis, as Astro's own image service meets its build
 * (`globalThis.astroAsset`).
 *
 * Before, the route packed every text (93 MB at 1,000 sheets) into its
 * Response, which Astro copied, joined and wrote out as the manifest, and the
 * integration read it back and wrote the files after the last page.
 */
declare global {
  // A global's type must be declared with `var`.
  var kzReceiveGeneratedFiles: ((files: readonly GeneratedFile[]) => void) | undefined;
}

/** Set by the integration when the build starts; cleared when it ends. */
export function receiveGeneratedFiles(receiver: ((files: readonly GeneratedFile[]) => void) | undefined): void {
  globalThis.kzReceiveGeneratedFiles = receiver;
}

/** Gives the files to the integration; fails if there is none to take them, as their absence from the site would be found only by readers. */
export function handOverGeneratedFiles(files: readonly GeneratedFile[]): void {
  const receiver = globalThis.kzReceiveGeneratedFiles;
  if (!receiver) {
    throw new Error(
      'Nothing receives the files beside the pages (CSV, JSON, print stylesheets): astro.config.mjs must list generatedFilesIntegration(), and the pages must be prerendered in the process that runs it (a static build without an adapter).',
    );
  }
  receiver(files);
}
