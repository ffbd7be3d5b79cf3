import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Every page a build wrote (by default the project's), as the path a reader visits. */
export function builtPages(dist: string = join(import.meta.dirname, '../dist')): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f.replace(/\\/g, '/')}`.replace(/index\.html$/, '').replace(/\.html$/, ''))
    .sort();
}

/**
 * Every published sheet's address, read from the content folder, so that an
 * editor's new sheet is tested like the others and never breaks a count.
 */
const entries = join(import.meta.dirname, '../content/entries');

/** A sheet's figures as its frontmatter declares them, as plain records, for tests that compare with what readers get. */
export function frontmatterFigures(sheet: string): Record<string, unknown>[] {
  const text = readFileSync(join(entries, `${sheet.replace(/^\/|\/$/g, '')}.mdx`), 'utf8');
  const frontmatter: unknown = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '');
  const list: unknown = frontmatter !== null && typeof frontmatter === 'object' && 'figures' in frontmatter ? frontmatter.figures : [];
  return (Array.isArray(list) ? list : []).flatMap((f: unknown) => (f !== null && typeof f === 'object' ? [Object.fromEntries(Object.entries(f))] : []));
}

/** A sheet's title as its frontmatter gives it. */
export function titleOf(sheet: string): string {
  const text = readFileSync(join(entries, `${sheet.replace(/^\/|\/$/g, '')}.mdx`), 'utf8');
  const frontmatter: unknown = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '');
  return frontmatter !== null && typeof frontmatter === 'object' && 'title' in frontmatter ? String(frontmatter.title) : '';
}

/** A sheet's corrections as its frontmatter lists them. */
export function correctionsOf(sheet: string): unknown[] {
  const text = readFileSync(join(entries, `${sheet.replace(/^\/|\/$/g, '')}.mdx`), 'utf8');
  const frontmatter: unknown = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '');
  const list: unknown = frontmatter !== null && typeof frontmatter === 'object' && 'corrections' in frontmatter ? frontmatter.corrections : [];
  return Array.isArray(list) ? list : [];
}

/** A sheet's figures as its frontmatter declares them, for tests that count cards and rows. */
export function figuresOf(sheet: string): { id: string; key: boolean }[] {
  return frontmatterFigures(sheet).flatMap((f) => (typeof f['id'] === 'string' ? [{ id: f['id'], key: f['key'] === true }] : []));
}

export const sheets: string[] = readdirSync(entries, { recursive: true, encoding: 'utf8' })
  .map((f) => f.replace(/\\/g, '/'))
  .filter((f) => /^\d{4}\/[a-z0-9-]+\.mdx$/.test(f))
  .filter((f) => {
    const frontmatter: unknown = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(entries, f), 'utf8'))?.[1] ?? '');
    return !(frontmatter !== null && typeof frontmatter === 'object' && 'draft' in frontmatter && frontmatter.draft === true);
  })
  .map((f) => `/${f.replace(/\.mdx$/, '')}/`)
  .sort();

/**
 * The figures each sheet's prose shows, in order, as the source material
 * words them (hedges included). Written out by hand from the material, so a
 * change in data or formatting that alters what readers see fails here.
 */
export const expected: Record<string, string[]> = {
  '/2025/detection/': ['28.4%', '38.9%', 'over 20,000', 'about 80%'],
  '/2025/fraud-prevention/': ['66 million', '25%', '14,000'],
  '/2025/drug-enforcement/': ['69', '5', 'about 8,000', '₸850 million'],
  '/2025/legal-amendments/': ['40', '80 MCI', 'up to 20 days'],
  '/2024/detection/': ['20%', '15,905', '3,286', '47%', '₸1.4 billion', 'more than 2,500', '₸962 million', 'almost ₸1 billion'],
  '/2024/anti-fraud-center/': ['more than 5,000', '835', 'more than ₸300 million', '₸400 million'],
  '/2024/fraud-prevention/': ['914', '58 million', 'over 6,000'],
  '/2024/financial-pyramids/': ['43', '266', 'more than 8,000', 'over 9,000'],
};

