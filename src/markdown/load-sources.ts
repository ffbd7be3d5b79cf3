import { readFileSync, statSync } from 'node:fs';
import { sourceSchema, type Source } from '../schemas/source.ts';
import { sourceTextSchema } from '../schemas/translation.ts';
import { parseRecords } from '../checks/records.ts';

/**
 * Sources for the citation plugin, which runs before Astro's content layer is
 * queryable, in English or with an edition's translated words laid over the
 * English records (a source not yet translated keeps its English words).
 * Records that do not parse are left out here: the content check reports
 * them with file and line.
 */
const cache = new Map<string, { mtime: number; records: Record<string, Record<string, unknown>> }>();

/** A YAML file of records, read once per change of the file, not once per sheet; dev still sees edits. */
function records(path: string, schema: typeof sourceSchema | typeof sourceTextSchema): Record<string, Record<string, unknown>> {
  let mtime: number;
  try {
    mtime = statSync(path).mtimeMs;
  } catch {
    return {};
  }
  const hit = cache.get(path);
  if (hit?.mtime === mtime) return hit.records;
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return {};
  }
  // The same reader as the content check, which reports what is left out here.
  const parsed = parseRecords({ file: path, text }, schema);
  const out = Object.fromEntries([...parsed.records].map(([key, r]) => [key, { ...r.data }]));
  cache.set(path, { mtime, records: out });
  return out;
}

export function loadSources(path: string, translationPath?: string): Record<string, Source> {
  const english = records(path, sourceSchema);
  const words = translationPath ? records(translationPath, sourceTextSchema) : {};
  const out: Record<string, Source> = {};
  for (const key of Object.keys(english)) {
    const parsed = sourceSchema.safeParse({ ...english[key], ...(words[key] ?? {}) });
    if (parsed.success) out[key] = parsed.data;
  }
  return out;
}
