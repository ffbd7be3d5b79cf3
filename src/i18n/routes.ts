import { defaultLang, languages, type Lang } from './locales.ts';

/**
 * Every page exists in every edition: English at the root, the others under
 * their prefix. Routes live under src/pages/[...lang]/, whose rest parameter
 * is empty for English, so one route file serves the three editions.
 */
export const langParam = (lang: Lang) => (lang === defaultLang ? undefined : lang);

export function inEveryEdition<P extends Record<string, string>, T extends object>(paths: readonly { params: P; props: T }[]) {
  return languages.flatMap((lang) => paths.map((p) => ({ params: { ...p.params, lang: langParam(lang) }, props: { ...p.props, lang } })));
}

/** The editions as paths of a route without other parameters. */
export const editionPaths = () => languages.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
