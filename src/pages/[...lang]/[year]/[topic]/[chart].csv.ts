import { chartCsv, fileRoute } from '../../../../generated-files.ts';

/** The points of one chart of a sheet as CSV, for `npm run dev`; the build writes them through src/integrations/generated-files.ts. */
export const { getStaticPaths, GET } = fileRoute(chartCsv);
