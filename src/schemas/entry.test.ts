import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { makeEntrySchema } from './entry.ts';
import { metricSchema } from './metric.ts';
import { sourceSchema } from './source.ts';
import { topicSchema } from './topic.ts';

// References are plain keys here; the content layer resolves them with reference().
const entrySchema = makeEntrySchema({ topic: z.string(), metric: z.string(), source: z.string() });
const root = join(import.meta.dirname, '../..');
const sheetFiles = readdirSync(join(root, 'content/entries'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
const frontmatter = (file: string): unknown => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(root, 'content/entries', file), 'utf8'))?.[1] ?? '');
const yamlFile = (name: string): Record<string, unknown> => parse(readFileSync(join(root, 'content', name), 'utf8'));

const valid = {
  title: 'Cybercrime detection in 2025',
  year: 2025,
  topic: 'detection',
  period: 'January–March 2025',
  summary: 'The police solved {rate} of cybercrimes in the first quarter of 2025, the Ministry says.',
  published: '2026-11-25',
  figures: [{ id: 'rate', metric: 'cybercrime-detection-rate', value: 38.9, period: { label: 'January–March 2025', end: '2025-03-31' }, source: 'mia-2025-05' }],
};
const withFigure = (patch: Record<string, unknown>) => ({ ...valid, figures: [{ ...valid.figures[0], ...patch }] });
const problems = (data: unknown) => {
  const result = entrySchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the content itself', () => {
  it.each(sheetFiles)('accepts the fact sheet %s', (file) => {
    expect(problems(frontmatter(file))).toEqual([]);
  });
  it('accepts every topic, metric and source record', () => {
    for (const [name, schema] of [['topics.yaml', topicSchema], ['metrics.yaml', metricSchema], ['sources.yaml', sourceSchema]] as const) {
      for (const [key, record] of Object.entries(yamlFile(name))) expect(schema.safeParse(record).success, `${name} ${key}`).toBe(true);
    }
  });
  it('has at least the sheets the material supports', () => {
    expect(sheetFiles.map((f) => f.replace(/\\/g, '/')).sort()).toEqual(
      expect.arrayContaining(['2025/detection.mdx', '2025/drug-enforcement.mdx', '2025/legal-amendments.mdx', '2024/detection.mdx', '2024/anti-fraud-center.mdx']),
    );
  });
});

describe('the fact-sheet schema', () => {
  it('accepts a minimal sheet and fills defaults', () => {
    const parsed = entrySchema.parse(valid);
    expect(parsed.corrections).toEqual([]);
    expect(parsed.figures[0]?.key).toBe(false);
  });
  it('rejects a sheet without a title', () => {
    const { title: _, ...rest } = valid;
    expect(problems(rest)).toEqual([expect.stringMatching(/^title: /)]);
  });
  it('rejects a mistyped field name', () => {
    expect(problems({ ...valid, sumary: 'x' })).toEqual([expect.stringContaining('sumary')]);
  });
  it('rejects a figure value that is not a number', () => {
    expect(problems(withFigure({ value: '38.9%' }))).toEqual(['figures.0.value: expected a number (digits only: 15905, 38.9, 1400000000)']);
  });
  it('rejects a figure without a source', () => {
    const { source: _, ...figure } = valid.figures[0] ?? {};
    expect(problems({ ...valid, figures: [figure] })).toEqual([expect.stringMatching(/^figures\.0\.source: /)]);
  });
  it('rejects a hedge the style does not know', () => {
    expect(problems(withFigure({ qualifier: 'roughly' }))).toEqual([expect.stringMatching(/^figures\.0\.qualifier: /)]);
  });
  it('rejects duplicate figure ids', () => {
    expect(problems({ ...valid, figures: [valid.figures[0], valid.figures[0]] })).toEqual([expect.stringContaining('figures.1.id: duplicate figure id "rate"')]);
  });
  it('rejects dates that are not ISO', () => {
    expect(problems({ ...valid, published: '25/11/2026' })).toEqual([expect.stringMatching(/^published: expected an ISO date/)]);
    expect(problems({ ...valid, published: 'November 2026' })).toHaveLength(1);
  });
  it('accepts a date that YAML has already turned into a Date', () => {
    expect(entrySchema.parse({ ...valid, published: new Date('2026-11-25') }).published).toBe('2026-11-25');
  });
  it('rejects an update before publication', () => {
    expect(problems({ ...valid, updated: '2026-01-01' })).toEqual([expect.stringMatching(/^updated: /)]);
  });
  it('rejects a summary placeholder that names no figure', () => {
    expect(problems({ ...valid, summary: 'The police solved {rate-2023} of cybercrimes in the first quarter of 2025.' })).toEqual([
      expect.stringMatching(/^summary: \{rate-2023\} names no figure/),
    ]);
  });
  it('rejects a sheet without figures', () => {
    expect(problems({ ...valid, figures: [] })).toContain('figures: a fact sheet needs at least one figure');
  });
});

describe('charts in the fact-sheet schema', () => {
  const twoFigures = { ...valid, figures: [valid.figures[0], { ...valid.figures[0], id: 'rate-2024', value: 28.4 }] };
  const chart = { id: 'rates', title: 'Detection rate', summary: 'The rate rose from {rate-2024} to {rate}.', bars: [{ figure: 'rate-2024' }, { figure: 'rate' }] };
  it('accepts a chart of the sheet’s own figures', () => {
    expect(problems({ ...twoFigures, charts: [chart] })).toEqual([]);
  });
  it('refuses a chart that names a figure the sheet does not define', () => {
    expect(problems({ ...twoFigures, charts: [{ ...chart, bars: [{ figure: 'rate' }, { figure: 'rate-2023' }] }] })).toEqual([
      expect.stringMatching(/^charts\.0\.bars\.1\.figure: "rate-2023" names no figure of this sheet/),
    ]);
  });
  it('refuses a chart of a single figure and a duplicate chart id', () => {
    expect(problems({ ...twoFigures, charts: [{ ...chart, bars: [{ figure: 'rate' }] }] })).toEqual(['charts.0.bars: a chart needs at least two figures to compare']);
    expect(problems({ ...twoFigures, charts: [chart, chart] })).toEqual([expect.stringMatching(/^charts\.1\.id: duplicate chart id "rates"/)]);
  });
});

describe('the source schema', () => {
  const source = { title: 'T', publisher: 'P', short: 'P', date: '2025-05', language: 'en' };
  it('accepts a month or a day', () => {
    expect(sourceSchema.safeParse(source).success).toBe(true);
    expect(sourceSchema.safeParse({ ...source, date: '2024-10-31' }).success).toBe(true);
  });
  it('rejects a date in words and an address that is not https', () => {
    expect(sourceSchema.safeParse({ ...source, date: 'May 2025' }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...source, url: 'http://example.kz/a' }).success).toBe(false);
  });
});
