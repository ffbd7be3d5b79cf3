import { fileRoute, seriesCsv } from '../../../../generated-files.ts';

/** A metric's series over the years as CSV, for `npm run dev`; the build writes them through src/integrations/generated-files.ts. */
export const { getStaticPaths, GET } = fileRoute(seriesCsv);
