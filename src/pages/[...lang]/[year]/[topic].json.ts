import { fileRoute, sheetJson } from '../../../generated-files';

/** A sheet's figures as JSON, for `npm run dev`; the build writes them from its manifest. */
export const { getStaticPaths, GET } = fileRoute(sheetJson);
