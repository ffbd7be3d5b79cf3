import { describe, expect, it } from 'vitest';
import type { ParsedSheet } from './sheet.ts';
import { parseSheet } from './sheet.ts';
import { parseTranslation } from './translation-file.ts';
import { statusLines, translationStatus } from './translation-status.ts';

const sheet = (id: string, published: string, updated?: string): ParsedSheet =>
  parseSheet({
    file: `content/entries/${id}.mdx`,
    text: `---\ntitle: A sheet about detection\nyear: ${id.slice(0, 4)}\ntopic: ${id.slice(5)}\nperiod: '2025'\nsummary: "A summary that is long enough, quoting {a}."\npublished: ${published}\n${updated ? `updated: ${updated}\ncorrections:\n  - { date: ${updated}, text: Fixed. }\n` : ''}figures:\n  - { id: a, metric: m, value: 1, period: { label: '2025', end: 2025-12-31 }, source: s }\n---\n\nText.\n`,
  });
const translation = (lang: string, id: string, translated: string) =>
  parseTranslation({
    file: `content/translations/${lang}/${id}.mdx`,
    text: `---\ntitle: Справка\nperiod: 2025 год\nsummary: "Достаточно длинная сводка, с {a}."\ntranslated: ${translated}\nfigures:\n  a: { period: '2025 год' }\n---\n\nТекст.\n`,
  });

describe('the status of translations', () => {
  const sheets = [sheet('2025/detection', '2025-06-01', '2025-07-01'), sheet('2025/legal-amendments', '2025-06-01')];
  const rows = translationStatus(sheets, [translation('ru', '2025/detection', '2025-06-01'), translation('ru', '2025/legal-amendments', '2025-06-01')], ['ru', 'kk']);

  it('says a translation is behind when the English sheet was updated after it', () => {
    expect(rows[0]?.editions.ru).toEqual({ state: 'behind', translated: '2025-06-01', updated: '2025-07-01' });
    expect(rows[1]?.editions.ru).toEqual({ state: 'current', translated: '2025-06-01' });
  });

  it('says a sheet no one has translated is missing', () => {
    expect(rows.map((r) => r.editions.kk?.state)).toEqual(['missing', 'missing']);
  });

  it('prints a line a person can read for each sheet', () => {
    expect(statusLines(rows, ['ru', 'kk'])).toEqual([
      '2025/detection         ru behind: translated 2025-06-01, English updated 2025-07-01  kk missing',
      '2025/legal-amendments  ru up to date (2025-06-01)  kk missing',
    ]);
  });
});
