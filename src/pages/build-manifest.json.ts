import type { APIRoute } from 'astro';
import { getSheets, socialImageInput } from '../content.ts';
import { socialImageUrl } from '../urls.ts';
import { languages } from '../i18n/locales.ts';
import { pdfManifest } from '../pdf-manifest.ts';
import { generatedFiles } from '../generated-files.ts';
import { handOverGeneratedFiles } from '../lib/file-handoff.ts';

/**
 * What the build's later steps make from the content, as data: the PDFs
 * (src/pdf-manifest.ts) and the social images (one per sheet and edition,
 * rendered by scripts/social-images.mjs on every core, each kept in a cache
 * until its words change). scripts/build.mjs reads it and removes it.
 * Rendering it also hands the files beside the pages (src/generated-files.ts)
 * to the generated-files integration, which writes them; `npm run dev` serves
 * each of those from its own route instead.
 */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.mjs must set `site`: PDFs and social images name their online address.');
  if (!import.meta.env.DEV) handOverGeneratedFiles(await generatedFiles(site));
  const sheets = await getSheets();
  const social = await Promise.all(languages.flatMap((lang) => sheets.map(async (sheet) => ({ png: socialImageUrl(sheet, lang), input: await socialImageInput(sheet, site, lang) }))));
  return new Response(JSON.stringify({ pdf: await pdfManifest(site), social }, null, 1));
};
