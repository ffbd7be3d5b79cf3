/** A file's size as the site gives it: whole kilobytes, at least 1, in the locale's digits ("101 KB", «101 КБ»). */
export function kilobytes(bytes: number, locales: string | readonly string[], unit: string): string;
