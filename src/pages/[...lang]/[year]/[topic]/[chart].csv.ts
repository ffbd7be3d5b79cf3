import { chartCsv, fileRoute } from '../../../../generated-files';

/** The points of one chart of a sheet as CSV, for `npm run dev`; the build writes them from its manifest. */
export const { getStaticPaths, GET } = fileRoute(chartCsv);
