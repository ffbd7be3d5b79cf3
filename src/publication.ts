/**
 * Facts about the publication itself, in one place: what readers may do
 * with its data, and where its downloads live.
 */
export const license = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** The whole publication's downloads, under /data/. */
export const dataFiles = { csv: '/data/figures.csv', json: '/data/figures.json' } as const;
