import { readFileSync, statSync } from 'node:fs';
import { sourceSchema, type Source } from '../schemas/source';
import { parseRecords } from '../checks/records';

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
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return {};
  }
  // The same reader as the content check, which reports what is left out here.
  const { records } = parseRecords({ file: 'content/sources.yaml', text }, sourceSchema);
  return Object.fromEntries([...records].map(([key, r]) => [key, r.data]));
}
