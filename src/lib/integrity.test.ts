import { describe, expect, it } from 'vitest';
import { checkSheet, type Known } from './integrity';
import { checkSheetPath } from './sheet-path';
import { formatProblem } from './problem';

const known: Known = {
  topics: new Set(['detection']),
  sources: new Set(['mia-2025-05']),
  metrics: new Map([
    ['rate', 'percent'],
    ['change', 'percent-change'],
    ['cases', 'count'],
  ]),
};
const sheet = (figure: Partial<{ metric: string; source: string; value: number }>, topic = 'detection') => ({
  file: 'content/entries/2025/detection.mdx',
  topic,
  figures: [{ id: 'a', metric: 'rate', source: 'mia-2025-05', value: 38.9, ...figure }],
});
const messages = (s: ReturnType<typeof sheet>) => checkSheet(s, known).map(formatProblem);

describe('links between collections', () => {
  it('accepts a sheet whose keys all exist', () => {
    expect(messages(sheet({}))).toEqual([]);
  });
  it('refuses an unknown topic, metric or source, naming file and field', () => {
    expect(messages(sheet({}, 'detect'))).toEqual([expect.stringMatching(/^content\/entries\/2025\/detection\.mdx \(field topic\): expected a key of content\/topics\.yaml \(detection\), found "detect"/)]);
    expect(messages(sheet({ metric: 'rates' }))).toEqual([expect.stringContaining('(field figures.0.metric): expected a key of content/metrics.yaml, found "rates"')]);
    expect(messages(sheet({ source: 'mia-2025' }))).toEqual([expect.stringContaining('(field figures.0.source): expected a key of content/sources.yaml')]);
  });
  it('refuses a share above 100%, but not a rise of more than 100%', () => {
    expect(messages(sheet({ value: 138.9 }))).toEqual([expect.stringContaining('(field figures.0.value): expected a percentage between 0 and 100')]);
    expect(messages(sheet({ metric: 'change', value: 125 }))).toEqual([]);
  });
  it('refuses a negative count', () => {
    expect(messages(sheet({ metric: 'cases', value: -1 }))).toHaveLength(1);
  });
});

describe('where a sheet lives', () => {
  const data = { year: 2025, topic: 'detection', title: 'x' };
  it('accepts a sheet whose frontmatter agrees with its path', () => {
    expect(checkSheetPath('2025/detection.mdx', data, 'f')).toBeUndefined();
  });
  it('refuses a year or topic that does not match the path', () => {
    expect(checkSheetPath('2024/detection.mdx', data, 'f')).toMatchObject({ field: 'year', found: '2025' });
    expect(checkSheetPath('2025/anti-fraud-center.mdx', data, 'f')).toMatchObject({ field: 'topic', found: '"detection"' });
  });
  it('refuses an empty file', () => {
    expect(checkSheetPath('2025/detection.mdx', {}, 'f')).toMatchObject({ found: 'an empty file or no frontmatter' });
  });
  it('refuses a sheet outside a year folder', () => {
    expect(checkSheetPath('detection.mdx', data, 'f')).toMatchObject({ expected: expect.stringContaining('content/entries/<year>/<topic>.mdx') });
  });
});
