/**
 * Intl's formatters, made once per locale and options. Making one costs far
 * more than using it (loading the locale's data): a build of 1,000 sheets in
 * three editions formats dates and numbers millions of times, and creating a
 * formatter for each took a sixth of its page rendering.
 */
function once<T>(made: Map<string, T>, locale: Intl.LocalesArgument, options: object, make: () => T): T {
  const key = `${JSON.stringify(locale)} ${JSON.stringify(options)}`;
  let formatter = made.get(key);
  if (formatter === undefined) made.set(key, (formatter = make()));
  return formatter;
}

const numbers = new Map<string, Intl.NumberFormat>();
const dates = new Map<string, Intl.DateTimeFormat>();
const plurals = new Map<string, Intl.PluralRules>();

export const numberFormat = (locale: Intl.LocalesArgument, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
  once(numbers, locale, options, () => new Intl.NumberFormat(locale, options));

export const dateTimeFormat = (locale: Intl.LocalesArgument, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat =>
  once(dates, locale, options, () => new Intl.DateTimeFormat(locale, options));

export const pluralRules = (locale: Intl.LocalesArgument, options: Intl.PluralRulesOptions = {}): Intl.PluralRules =>
  once(plurals, locale, options, () => new Intl.PluralRules(locale, options));

/**
 * The first of `locales` that has number data of its own, or the last when
 * none has. A browser may ship a locale's name without its data: Chromium's
 * trimmed ICU formats kk-KZ as the root locale does ("20,000", "1.5"), so
 * Intl, which takes the first locale it knows by name, never reaches the
 * fallback listed after it. A locale whose numbers read exactly as the root
 * locale's is taken for one without data, unless it is the only choice left
 * (English, whose numbers do read so).
 */
export function withNumberData(locales: readonly string[], format: (locale: string, n: number) => string = (locale, n) => numberFormat(locale).format(n)): string | undefined {
  const root = format('und', 1234567.5);
  return locales.find((locale, i) => i === locales.length - 1 || format(locale, 1234567.5) !== root);
}
