import { readFileSync, statSync } from 'node:fs';
import { parse } from 'yaml';
import { sourceSchema, type Source } from '../schemas/source';

/**
 * Sources for the citation plugin, which runs before Astro's content layer is
 * queryable. Records that do not parse are left out here: the sources
 * collection reports them with file and line.
 */
let cached: { path: string; mtime: number; sources: Record<string, Source> } | undefined;

/** Read once per change of the file, not once per sheet; dev still sees edits. */
export function loadSources(path: string): Record<string, Source> {
  let mtime: number;
  try {
    mtime = statSync(path).mtimeMs;
  } catch {
    return {};
  }
  if (cached?.path === path && cached.mtime === mtime) return cached.sources;
  const sources = readSources(path);
  cached = { path, mtime, sources };
  return sources;
}

function readSources(path: string): Record<string, Source> {
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
