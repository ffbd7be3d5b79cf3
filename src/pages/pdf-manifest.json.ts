import type { APIRoute } from 'astro';
import { pdfManifest } from '../pdf-manifest';

/** What the PDF step prints (see src/pdf-manifest.ts); the build removes it once the PDFs are written. */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.mjs must set `site`: PDFs name their online address.');
  return new Response(JSON.stringify(await pdfManifest(site), null, 1));
};
