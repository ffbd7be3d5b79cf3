/** The components editors may use in a fact sheet; the guard (src/markdown/body-rules.ts) allows these names only. */
import Chart from './Chart.astro';
import Fig from './Fig.astro';

export const sheetComponents = { Chart, Fig };
