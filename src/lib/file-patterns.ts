/**
 * The addresses of the files beside the pages (src/generated-files.ts), in
 * English, with their routes' parameters in brackets: each is also the path
 * of the file's route under src/pages/[...lang]/, which serves it in
 * `npm run dev`, and a test holds the two together.
 */
export const FILE_PATTERNS = {
  sheetCsv: '/[year]/[topic].csv',
  sheetJson: '/[year]/[topic].json',
  printStylesheet: '/[year]/[topic]/print.css',
  chartCsv: '/[year]/[topic]/[chart].csv',
  seriesCsv: '/topics/[topic]/[chart].csv',
} as const;

/** An address pattern with its parameters filled in: /[year]/[topic].csv → /2025/detection.csv. */
export function fillPattern(pattern: string, params: Readonly<Record<string, string | undefined>>): string {
  return pattern.replace(/\[([a-z]+)\]/g, (_whole, name: string) => {
    const value = params[name];
    if (value === undefined || value === '' || value.includes('/')) throw new Error(`${pattern}: [${name}] needs a value without a slash, not ${JSON.stringify(value)}`);
    return value;
  });
}
