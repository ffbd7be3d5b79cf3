// The search index, as scripts/build.mjs writes it after Astro. The
// benchmark needs it for the weight report (scripts/size.mjs counts
// Pagefind's scripts on the search page and cannot read them otherwise),
// and it is part of a real build, so its time is reported too.
import { corpusStep } from './corpus-step.mjs';

export const searchIndex = (dir) => corpusStep(dir, ['scripts/search-index.mjs', 'writeSearchIndex'], 'The search index');
