import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every page the build wrote, as the path a reader visits. */
export function builtPages(): string[] {
  const dist = join(import.meta.dirname, '../dist');
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f.replace(/\\/g, '/')}`.replace(/index\.html$/, '').replace(/\.html$/, ''))
    .sort();
}

export const sheets = [
  '/2024/anti-fraud-center/',
  '/2024/detection/',
  '/2024/financial-pyramids/',
  '/2024/fraud-prevention/',
  '/2025/detection/',
  '/2025/drug-enforcement/',
  '/2025/fraud-prevention/',
  '/2025/legal-amendments/',
];
