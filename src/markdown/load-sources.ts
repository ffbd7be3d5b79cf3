import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { sourceSchema, type Source } from '../schemas/source';

/**
 * Sources for the citation plugin, which runs before Astro's content layer is
 * queryable. Records that do not parse are left out here: the sources
 * collection reports them with file and line.
 */
export function loadSources(path: string): Record<string, Source> {
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch {
    return {};
  }
  if (raw === null || typeof raw !== 'object') return {};
  const out: Record<string, Source> = {};
  for (const [key, value] of Object.entries(raw)) {
    const parsed = sourceSchema.safeParse(value);
    if (parsed.success) out[key] = parsed.data;
  }
  return out;
}
