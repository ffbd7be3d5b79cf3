import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { ContentProblem, ContentProblems } from '../lib/problem';
import { issuesToProblems } from '../lib/zod-problems';
import { yamlLineFinder } from '../lib/yaml-lines';

/**
 * Loads a YAML file that maps keys to records (content/sources.yaml and its
 * siblings). Astro's own file() loader logs broken YAML and goes on with an
 * empty collection; this one stops the build and names the file, the line
 * and what was wrong, and refuses duplicate keys.
 */
export function yamlRecords(fileName: string, schema: z.ZodType): Loader {
  return {
    name: 'yaml-records',
    async load({ config, store, parseData, watcher }) {
      const url = new URL(fileName, config.root);
      const path = fileURLToPath(url);
      const sync = async () => {
        const text = await readFile(path, 'utf8').catch(() => {
          throw new ContentProblem({ file: fileName, expected: 'the file to exist', found: 'no file' });
        });
        const lines = new LineCounter();
        const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
        const [error] = doc.errors;
        if (error) {
          const at = lines.linePos(error.pos[0]);
          throw new ContentProblem({
            file: fileName,
            line: at.line,
            column: at.col,
            expected: 'valid YAML',
            found: error.code === 'DUPLICATE_KEY' ? 'a key used twice' : error.message.split('\n')[0],
            hint: error.code === 'DUPLICATE_KEY' ? 'every key in this file must be unique; rename or merge the two records' : undefined,
          });
        }
        if (!isMap(doc.contents) || doc.contents.items.length === 0) {
          throw new ContentProblem({
            file: fileName,
            line: 1,
            expected: 'a map of records, each under its key (key: then indented fields)',
            found: doc.contents === null ? 'an empty file' : 'something else',
          });
        }
        const records: unknown = doc.toJS();
        const lineOf = yamlLineFinder(text);
        const problems = Object.entries(isRecord(records) ? records : {}).flatMap(([key, record]) => {
          const checked = schema.safeParse(record);
          return checked.success ? [] : issuesToProblems(checked.error.issues, { file: fileName, data: record, lineOf, prefix: [key] });
        });
        if (problems.length > 0) throw new ContentProblems(problems);
        store.clear();
        for (const pair of doc.contents.items) {
          const key = isScalar(pair.key) ? String(pair.key.value) : '';
          const line = isScalar(pair.key) && pair.key.range ? lines.linePos(pair.key.range[0]).line : undefined;
          const raw = isRecord(records) ? records[key] : undefined;
          if (!isRecord(raw)) {
            throw new ContentProblem({ file: fileName, line, field: key, expected: 'a record of fields under the key', found: JSON.stringify(raw) });
          }
          try {
            const parsed = await parseData({ id: key, data: { ...raw } });
            store.set({ id: key, data: parsed, filePath: fileName });
          } catch (cause) {
            const message = cause instanceof Error ? cause.message : String(cause);
            throw new ContentProblem({
              file: fileName,
              line,
              field: key,
              expected: 'a record that matches its schema',
              found: `\n${message}`,
            });
          }
        }
      };
      await sync();
      watcher?.add(path);
      watcher?.on('change', (changed) => {
        if (changed === path) void sync();
      });
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
