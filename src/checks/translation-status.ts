import type { Lang } from '../i18n/locales.ts';
import type { ParsedSheet } from './sheet.ts';
import type { ParsedTranslation } from './translation-file.ts';

/**
 * Where each sheet stands in each edition: not translated, translated and up
 * to date, or behind the English sheet's last update (the page then says
 * so). What `npm run translations` prints; pure, like the check.
 */
export type Status = { state: 'missing' } | { state: 'current'; translated: string } | { state: 'behind'; translated: string; updated: string };

export interface StatusRow {
  sheet: string;
  updated: string;
  editions: Partial<Record<Lang, Status>>;
}

export function translationStatus(sheets: readonly ParsedSheet[], translations: readonly ParsedTranslation[], langs: readonly Lang[]): StatusRow[] {
  const byKey = new Map(translations.flatMap((t) => (t.lang && t.sheetId ? [[`${t.lang}/${t.sheetId}`, t] as const] : [])));
  return sheets
    .flatMap((s) => (s.id && s.data ? [{ id: s.id, data: s.data }] : []))
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ id, data }) => {
      const updated = data.updated ?? data.published;
      const editions: Partial<Record<Lang, Status>> = {};
      for (const lang of langs) {
        const translated = byKey.get(`${lang}/${id}`)?.data?.translated;
        editions[lang] = !translated ? { state: 'missing' } : translated < updated ? { state: 'behind', translated, updated } : { state: 'current', translated };
      }
      return { sheet: id, updated, editions };
    });
}

/** One line per sheet: "2024/detection  ru up to date (2026-11-25)  kk behind: translated 2026-11-25, English updated 2026-12-01". */
export function statusLines(rows: readonly StatusRow[], langs: readonly Lang[]): string[] {
  const width = Math.max(...rows.map((r) => r.sheet.length), 5);
  return rows.map((row) =>
    [
      row.sheet.padEnd(width),
      ...langs.map((lang) => {
        const s = row.editions[lang];
        if (!s || s.state === 'missing') return `${lang} missing`;
        if (s.state === 'current') return `${lang} up to date (${s.translated})`;
        return `${lang} behind: translated ${s.translated}, English updated ${s.updated}`;
      }),
    ].join('  '),
  );
}
