import type { APIRoute, GetStaticPaths } from 'astro';
import { getSheets, socialImageInput, type Sheet } from '../../../content';
import { socialImage } from '../../../lib/social-image';

/** A sheet's social image, the picture a shared link previews with (og:image). */
export const getStaticPaths = (async () =>
  (await getSheets()).map((sheet) => ({ params: { year: String(sheet.data.year), topic: sheet.data.topic.id }, props: { sheet } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ sheet: Sheet }> = async ({ props, site }) => {
  const png = await socialImage(await socialImageInput(props.sheet, site));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
