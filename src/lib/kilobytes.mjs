// A file's size as the site gives it: whole kilobytes, at least 1, in the
// locale's digits, with a no-break space before the unit ("101 KB", «101 КБ»).
// Plain JavaScript, so that the PDF step (a Node script run without a build)
// and the pages (src/lib/format.ts) share the one rule.

/** @type {Map<string, Intl.NumberFormat>} */
const formats = new Map();

/**
 * @param {number} bytes
 * @param {string | readonly string[]} locales the locales Intl is asked for, best first, such as ["kk-KZ", "ru-KZ"]
 * @param {string} unit the edition's word for kilobytes
 * @returns {string}
 */
export function kilobytes(bytes, locales, unit) {
  const key = [locales].flat().join();
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat([locales].flat(), { maximumFractionDigits: 0 })));
  return `${format.format(Math.max(1, Math.round(bytes / 1024)))}\u00a0${unit}`;
}
