import type { Lang } from '../i18n/locales.ts';
import type { Ui } from '../i18n/ui.ts';
import { formatIsoDate } from './dates.ts';

/**
 * The words at the head or foot of every printed page of a sheet, from the
 * browser (its print stylesheet) and in its PDF: publication · title ·
 * online address · last update.
 */
export function runningHeadText(ui: Pick<Ui, 'siteName' | 'sheet'>, title: string, url: string, updated: string, lang: Lang): string {
  return [ui.siteName, title, url, `${ui.sheet.updated} ${formatIsoDate(updated, lang)}`].join(' · ');
}

/** Quotes text for a CSS string: backslashes, quotes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\A ')}"`;
}

/** An @page rule that prints the text at the top of every page after the first, whose masthead says it already. */
export function runningHead(text: string): string {
  return `@page {\n  @top-left {\n    content: ${cssString(text)};\n    font: 7.5pt system-ui, sans-serif;\n    color: #444;\n  }\n}\n@page :first {\n  @top-left {\n    content: none;\n  }\n}\n`;
}
