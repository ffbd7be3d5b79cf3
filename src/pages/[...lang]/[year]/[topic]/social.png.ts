import type { APIRoute, GetStaticPaths } from 'astro';
import { getSheets, socialImageInput, type Sheet } from '../../../../content.ts';
import { sheetParams } from '../../../../urls.ts';
import { inEveryEdition } from '../../../../i18n/routes.ts';
import type { Lang } from '../../../../i18n/locales.ts';

/**
 * A sheet's social image, the picture a shared link previews with (og:image),
 * for `npm run dev`. The build renders them after Astro, on every core and
 * from a cache (scripts/social-images.mjs, from the build manifest), so here
 * it lists no pages, and the renderer is imported only when an image is asked
 * for: satori and resvg are 6 MB of code and native library that the build
 * would otherwise load for nothing.
 */
export const getStaticPaths = (async () =>
  import.meta.env.DEV ? inEveryEdition((await getSheets()).map((sheet) => ({ params: sheetParams(sheet), props: { sheet } }))) : []) satisfies GetStaticPaths;

export const GET: APIRoute<{ sheet: Sheet; lang: Lang }> = async ({ props, site }) => {
  const { socialImage } = await import('../../../../lib/social-image.ts');
  const png = await socialImage(await socialImageInput(props.sheet, site, props.lang));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
