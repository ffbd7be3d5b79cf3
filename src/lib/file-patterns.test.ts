import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILE_PATTERNS, fillPattern } from './file-patterns.ts';

const routes = join(import.meta.dirname, '../pages/[...lang]');

describe('the addresses of the files beside the pages', () => {
  it('fill in their parameters', () => {
    expect(fillPattern(FILE_PATTERNS.chartCsv, { year: '2024', topic: 'detection', chart: 'cases', lang: undefined })).toBe('/2024/detection/cases.csv');
    expect(fillPattern(FILE_PATTERNS.seriesCsv, { topic: 'detection', chart: 'series-cases' })).toBe('/topics/detection/series-cases.csv');
  });

  it('refuse a missing parameter or one that would reach another folder', () => {
    expect(() => fillPattern(FILE_PATTERNS.sheetCsv, { year: '2024' })).toThrow('[topic] needs a value');
    expect(() => fillPattern(FILE_PATTERNS.sheetCsv, { year: '2024', topic: '../x' })).toThrow('without a slash');
  });

  it('are the paths of the routes that serve them in npm run dev, and every such route has one', () => {
    for (const pattern of Object.values(FILE_PATTERNS)) expect(existsSync(join(routes, `${pattern}.ts`)), `src/pages/[...lang]${pattern}.ts`).toBe(true);
    const fileRoutes = readdirSync(routes, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && readFileSync(join(routes, f), 'utf8').includes('fileRoute('))
      .map((f) => `/${f.split('\\').join('/').replace(/\.ts$/, '')}`)
      .sort();
    expect(fileRoutes).toEqual(Object.values(FILE_PATTERNS).sort());
  });
});
