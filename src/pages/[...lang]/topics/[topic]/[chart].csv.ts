import { fileRoute, seriesCsv } from '../../../../generated-files';

/** A metric's series over the years as CSV, for `npm run dev`; the build writes them from its manifest. */
export const { getStaticPaths, GET } = fileRoute(seriesCsv);
