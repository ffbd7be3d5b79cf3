import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../schemas/source.ts';
import { yamlRecords } from './yaml-records.ts';

/** Runs the loader on a YAML text, with just enough of Astro's context. */
async function load(text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'records-'));
  writeFileSync(join(dir, 'sources.yaml'), text);
  const stored = new Map<string, unknown>();
  const context: Pick<LoaderContext, 'config' | 'store' | 'parseData'> = {
    config: { root: pathToFileURL(`${dir}/`) } as LoaderContext['config'],
    store: { clear: () => stored.clear(), set: ({ id, data }: { id: string; data: unknown }) => stored.set(id, data) !== undefined } as unknown as LoaderContext['store'],
    parseData: async ({ data }) => data,
  };
  await yamlRecords('sources.yaml', sourceSchema).load(context as LoaderContext);
  return stored;
}

const record = (key: string, date = '2025-05') => `${key}:\n  title: T\n  publisher: P\n  short: P\n  date: ${date}\n  language: en\n`;

describe('the YAML records loader', () => {
  it('loads each record under its key', async () => {
    const stored = await load(record('mia-2025-05') + record('senate-2024-10-31', '2024-10-31'));
    expect([...stored.keys()]).toEqual(['mia-2025-05', 'senate-2024-10-31']);
  });
  it('leaves out a record with a problem, which the content check reports, and keeps the rest', async () => {
    const stored = await load(record('mia-2025-05', 'May 2025') + record('senate-2024-10-31', '2024-10-31'));
    expect([...stored.keys()]).toEqual(['senate-2024-10-31']);
  });
  it('loads nothing from broken YAML, without throwing', async () => {
    expect((await load('mia-2025-05:\n  title: [unclosed\n')).size).toBe(0);
  });
});
