import { fileRoute, sheetCsv } from '../../../generated-files';

/** A sheet's figures as CSV, for `npm run dev`; the build writes them from its manifest. */
export const { getStaticPaths, GET } = fileRoute(sheetCsv);
