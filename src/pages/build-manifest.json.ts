import type { APIRoute } from 'astro';
import { getSheets, socialImageInput } from '../content';
import { socialImageUrl } from '../urls';
import { languages } from '../i18n/locales';
import { pdfManifest } from '../pdf-manifest';
import { generatedFiles } from '../generated-files';
import { packManifest } from '../lib/manifest-format';

/**
 * What the build's later steps make from the content, as data: the files
 * beside the pages (src/generated-files.ts, written by the generated-files
 * integration when Astro is done, which then leaves them out of this file),
 * the PDFs (src/pdf-manifest.ts) and the social images (one per sheet and
 * edition, rendered by scripts/social-images.mjs on every core, each kept in a
 * cache until its words change). scripts/build.mjs reads it and removes it.
 */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.mjs must set `site`: PDFs and social images name their online address.');
  const sheets = await getSheets();
  const social = await Promise.all(languages.flatMap((lang) => sheets.map(async (sheet) => ({ png: socialImageUrl(sheet, lang), input: await socialImageInput(sheet, site, lang) }))));
  // Only programs read it: one line of JSON, then the files' texts as they are (src/lib/manifest-format.ts).
  return new Response(packManifest({ pdf: await pdfManifest(site), social }, await generatedFiles(site)));
};
