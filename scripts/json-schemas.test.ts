import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { makeEntrySchema } from '../src/schemas/entry.ts';
import { qualifierSchema } from '../src/schemas/figure.ts';
import { buildJsonSchemas, referenceFiles, schemaFiles, serialize, type JsonSchema } from './json-schemas.ts';

const root = join(import.meta.dirname, '..');
const schemas = buildJsonSchemas();
const sheetFiles = readdirSync(join(root, 'content/entries'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
const frontmatter = (file: string): unknown => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(root, 'content/entries', file), 'utf8'))?.[1] ?? '');
const yamlFile = (name: string): unknown => parse(readFileSync(join(root, 'content', name), 'utf8'));

const isSchema = (value: unknown): value is JsonSchema => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The schema of the field at a path of property names, "[]" stepping into list items. */
function at(schema: JsonSchema, ...path: string[]): JsonSchema {
  let node: unknown = schema;
  for (const step of path) {
    node = isSchema(node) ? (step === '[]' ? node.items : step === '*' ? node.additionalProperties : node.properties?.[step]) : undefined;
  }
  if (!isSchema(node)) throw new Error(`no schema at ${path.join('.')}`);
  return node;
}

// Formats are checked the way the YAML language server reads them; strict
// mode refuses any keyword ajv does not know, so a malformed schema fails here
// (but a oneOf of required lists, naming properties declared beside it, is fine).
const ajv = new Ajv({ strict: true, strictRequired: false, allErrors: true, formats: { date: /^\d{4}-\d{2}-\d{2}$/, uri: (s: string) => URL.canParse(s) } });
const validator = (file: (typeof schemaFiles)[number]) => {
  const validate = ajv.compile(schemas[file]);
  return (data: unknown) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));
};

describe('the committed JSON Schemas', () => {
  it.each(schemaFiles)('content/schemas/%s matches the zod schemas', (file) => {
    const path = join(root, 'content/schemas', file);
    const committed = existsSync(path) ? readFileSync(path, 'utf8') : '(missing)';
    expect(committed, `content/schemas/${file} is out of date: run npm run schemas`).toBe(serialize(schemas[file]));
  });
});

describe('today’s content against the JSON Schemas', () => {
  const sheet = validator('sheet.schema.json');
  it.each(sheetFiles)('accepts the frontmatter of %s', (file) => {
    expect(sheet(frontmatter(file))).toEqual([]);
  });
  it.each([['topics.yaml', 'topics.schema.json'], ['metrics.yaml', 'metrics.schema.json'], ['sources.yaml', 'sources.schema.json']] as const)(
    'accepts content/%s',
    (name, file) => {
      expect(validator(file)(yamlFile(name))).toEqual([]);
    },
  );
  it('refuses what the zod schemas refuse', () => {
    const valid = frontmatter(sheetFiles[0] ?? '');
    if (!isSchema(valid)) throw new Error('no sheet to start from');
    expect(sheet({ ...valid, published: '25/11/2026' })).not.toEqual([]);
    expect(sheet({ ...valid, sumary: 'x' })).not.toEqual([]);
    expect(sheet({ ...valid, figures: [] })).not.toEqual([]);
    const sources = validator('sources.schema.json');
    const source = { title: 'T', publisher: 'P', short: 'P', date: '2025-05', language: 'en' };
    expect(sources({ 'mia-2025-05': source })).toEqual([]);
    expect(sources({ 'mia-2025-05': { ...source, date: 'May 2025' } })).not.toEqual([]);
    expect(sources({ 'mia-2025-05': { ...source, url: 'http://example.kz/a' } })).not.toEqual([]);
    expect(sources({ Mia_2025: source })).not.toEqual([]);
  });
});

describe('the sheet schema', () => {
  const sheet = schemas['sheet.schema.json'];
  const zodSheet = makeEntrySchema({ topic: z.string(), metric: z.string(), source: z.string() });
  it('has a title and a description, and no $id', () => {
    for (const file of schemaFiles) {
      expect(schemas[file]).toMatchObject({ title: expect.any(String), description: expect.any(String) });
      expect(schemas[file]).not.toHaveProperty('$id');
    }
  });
  it('lists every field of the zod schema with its description', () => {
    expect(Object.keys(sheet.properties ?? {})).toEqual(Object.keys(zodSheet.shape));
    for (const [name, field] of Object.entries(zodSheet.shape)) expect(at(sheet, name).description, name).toBe(field.description);
    expect(sheet.required).toEqual(['title', 'year', 'topic', 'period', 'summary', 'published', 'figures']);
  });
  it('offers the hedges as an enum', () => {
    expect(at(sheet, 'figures', '[]', 'qualifier').enum).toEqual(qualifierSchema.options);
  });
  it('takes dates as ISO strings, not a union with Date', () => {
    const days = [at(sheet, 'published'), at(sheet, 'updated'), at(sheet, 'corrections', '[]', 'date')];
    const daysOrMonths = [at(sheet, 'figures', '[]', 'period', 'start'), at(sheet, 'figures', '[]', 'period', 'end'), at(schemas['sources.schema.json'], '*', 'date')];
    for (const field of [...days, ...daysOrMonths]) {
      expect(field).toMatchObject({ type: 'string', pattern: expect.any(String) });
      expect(field).not.toHaveProperty('anyOf');
    }
    for (const field of days) expect(['2025-05-20', '2024-02-29', '2025-02-29', '2025-05'].map((d) => new RegExp(field.pattern ?? '').test(d))).toEqual([true, true, false, false]);
    for (const field of daysOrMonths) expect(['2025-05', '2025-05-20', 'May 2025'].map((d) => new RegExp(field.pattern ?? '').test(d))).toEqual([true, true, false]);
  });
  it('takes references as plain strings, since their keys change with every pull request', () => {
    for (const [field, path] of [['topic', ['topic']], ['metric', ['figures', '[]', 'metric']], ['source', ['figures', '[]', 'source']]] as const) {
      const schema = at(sheet, ...path);
      expect(schema).toEqual({ type: 'string', title: `key of ${referenceFiles[field]}`, description: expect.stringContaining(referenceFiles[field]) });
    }
  });
  it('keeps the defaults an editor may leave out', () => {
    expect([at(sheet, 'draft').default, at(sheet, 'corrections').default, at(sheet, 'charts').default, at(sheet, 'figures', '[]', 'key').default]).toEqual([false, [], [], false]);
  });
});

describe('the data file schemas', () => {
  it.each(['topics.schema.json', 'metrics.schema.json', 'sources.schema.json'] as const)('%s maps slug keys to records', (file) => {
    expect(schemas[file]).toMatchObject({ type: 'object', propertyNames: { pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' }, additionalProperties: { type: 'object', additionalProperties: false } });
  });
  it('is named on the first line of each data file, for any editor with the YAML language server', () => {
    for (const name of ['topics', 'metrics', 'sources']) {
      expect(readFileSync(join(root, 'content', `${name}.yaml`), 'utf8').split('\n')[0]).toBe(`# yaml-language-server: $schema=./schemas/${name}.schema.json`);
    }
  });
});
