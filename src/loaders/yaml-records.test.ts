import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../schemas/source';
import { yamlRecords } from './yaml-records';

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

describe('YAML record files', () => {
  it('loads each record under its key', async () => {
    const stored = await load(record('mia-2025-05') + record('senate-2024-10-31', '2024-10-31'));
    expect([...stored.keys()]).toEqual(['mia-2025-05', 'senate-2024-10-31']);
  });
  it('refuses a key used twice, with its line', async () => {
    await expect(load(record('mia-2025-05') + record('mia-2025-05'))).rejects.toThrow(/^sources\.yaml:7:1: expected valid YAML, found a key used twice\./);
  });
  it('refuses broken YAML, with its line', async () => {
    await expect(load('mia-2025-05:\n  title: [unclosed\n  date: 2025-05\n')).rejects.toThrow(/^sources\.yaml:\d+:\d+: expected valid YAML/);
  });
  it('refuses an empty file', async () => {
    await expect(load('')).rejects.toThrow(/found an empty file/);
  });
  it('refuses a record that breaks its schema, naming line and field', async () => {
    await expect(load(record('mia-2025-05', 'May 2025'))).rejects.toThrow(/sources\.yaml:5 \(field mia-2025-05\.date\): expected an ISO date such as 2025-05 or 2025-05-20, found "May 2025"/);
  });
});
