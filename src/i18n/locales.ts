/**
 * The publication's editions. English is at the root; Russian and Kazakh
 * under their own prefix. Every number and date is formatted with the
 * edition's Intl locale.
 */
export const languages = ['en', 'ru', 'kk'] as const;
export type Lang = (typeof languages)[number];
export const defaultLang: Lang = 'en';

/**
 * `intl` is the list of locales Intl is asked for, best first. Browsers may
 * ship without Kazakh number data (Chromium formats kk-KZ as English,
 * "20,000"); Russian as used in Kazakhstan writes numbers the same way
 * (15 905; 38,9), so it is the fallback where kk-KZ is missing.
 */
export const editions: Record<Lang, { intl: string[]; og: string; name: string; prefix: string }> = {
  // Day before month, as in Kazakhstan.
  en: { intl: ['en-GB'], og: 'en_GB', name: 'English', prefix: '' },
  ru: { intl: ['ru-RU'], og: 'ru_RU', name: 'Русский', prefix: '/ru' },
  kk: { intl: ['kk-KZ', 'ru-KZ'], og: 'kk_KZ', name: 'Қазақша', prefix: '/kk' },
};

export const isLang = (value: unknown): value is Lang => typeof value === 'string' && (languages as readonly string[]).includes(value);

/** A site path in an edition: localePath('ru', '/2024/') is '/ru/2024/'. */
export const localePath = (lang: Lang, path: string) => `${editions[lang].prefix}${path}`;

/** The edition a path belongs to and the path within it: '/kk/2024/' → ['kk', '/2024/']. */
export function splitLangPath(pathname: string): [Lang, string] {
  // Sliced rather than split: every component of every page asks for its edition.
  const end = pathname.indexOf('/', 1);
  const first = end === -1 ? pathname.slice(1) : pathname.slice(1, end);
  if (isLang(first) && first !== defaultLang) return [first, end === -1 ? '/' : pathname.slice(end)];
  return [defaultLang, pathname];
}

/** The edition of the page at a URL. */
export const langOfUrl = (url: URL): Lang => splitLangPath(url.pathname)[0];
