import { fileRoute, printStylesheet } from '../../../../generated-files';

/** A sheet's running head for printing, for `npm run dev`; the build writes them from its manifest. */
export const { getStaticPaths, GET } = fileRoute(printStylesheet);
