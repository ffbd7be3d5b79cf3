import { fileRoute, printStylesheet } from '../../../../generated-files.ts';

/** A sheet's running head for printing, for `npm run dev`; the build writes them through src/integrations/generated-files.ts. */
export const { getStaticPaths, GET } = fileRoute(printStylesheet);
