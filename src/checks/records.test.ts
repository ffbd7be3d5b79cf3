import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../schemas/source.ts';
import { parseRecords } from './records.ts';

const record = (key: string, date = '2025-05') => `${key}:\n  title: T\n  publisher: P\n  short: P\n  date: ${date}\n  language: en\n`;
const check = (text: string) => parseRecords({ file: 'content/sources.yaml', text }, sourceSchema);
const summary = (text: string) => check(text).problems.map((p) => `${p.line}:${p.column} ${p.rule} ${p.field ?? ''}`.trim());

describe('YAML record files', () => {
  it('reads each record under its key, with its line', () => {
    const { records } = check(record('mia-2025-05') + record('senate-2024-10-31', '2024-10-31'));
    expect([...records.keys()]).toEqual(['mia-2025-05', 'senate-2024-10-31']);
    expect(records.get('senate-2024-10-31')?.place.line).toBe(7);
  });
  it('refuses a key used twice, with its line', () => {
    expect(summary(record('mia-2025-05') + record('mia-2025-05'))).toEqual(['7:1 duplicate-key']);
  });
  it('refuses broken YAML, with its line', () => {
    expect(summary('mia-2025-05:\n  title: [unclosed\n  date: 2025-05\n')[0]).toMatch(/^\d+:\d+ yaml-syntax$/);
  });
  it('refuses an empty file', () => {
    expect(summary('')).toEqual(['1:1 empty-file']);
  });
  it('reports every record that breaks its schema, each at its field', () => {
    expect(summary(record('mia-2025-05', 'May 2025') + record('senate-2024-10-31', '31.10.2024'))).toEqual([
      '5:3 bad-format mia-2025-05.date',
      '11:3 bad-format senate-2024-10-31.date',
    ]);
  });
  it('suggests the field meant for a mistyped one', () => {
    const [problem] = check(record('mia-2025-05').replace('publisher:', 'publsher:')).problems;
    expect(problem).toMatchObject({ rule: 'unknown-field', line: 3, hint: 'did you mean "publisher"?' });
  });
});
