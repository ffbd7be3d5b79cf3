import { fileRoute, sheetJson } from '../../../generated-files.ts';

/** A sheet's figures as JSON, for `npm run dev`; the build writes them through src/integrations/generated-files.ts. */
export const { getStaticPaths, GET } = fileRoute(sheetJson);
