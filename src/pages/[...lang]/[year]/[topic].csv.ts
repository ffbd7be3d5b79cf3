import { fileRoute, sheetCsv } from '../../../generated-files.ts';

/** A sheet's figures as CSV, for `npm run dev`; the build writes them through src/integrations/generated-files.ts. */
export const { getStaticPaths, GET } = fileRoute(sheetCsv);
