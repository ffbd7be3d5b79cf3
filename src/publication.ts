/**
 * Facts about the publication itself, in one place: what readers may do
 * with its data, and where its downloads live.
 */
export const license = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

import { localePath, type Lang } from './i18n/locales.ts';

// The site's address and the repository are set in site.config.mjs, which the build scripts read too.
export { repository } from '../site.config.mjs';

/** Where an editor changes a sheet: its file in the repository, in GitHub's editor. */
export const editUrl = (repositoryUrl: string, file: string) => `${repositoryUrl}/edit/main/content/${file}.mdx`;

/** A sheet's social image: the 1.91:1 size link previews expect. */
export const socialImageSize = { width: 1200, height: 630 } as const;

/** The whole publication's downloads in an edition, under its /data/. */
export const dataFilesOf = (lang: Lang) => ({ csv: localePath(lang, '/data/figures.csv'), json: localePath(lang, '/data/figures.json') });

/** The start of every citation key the publication gives out: kzcf-2024-detection, kzcf-2024-detection-<figure>. */
export const citeKeyPrefix = 'kzcf';
