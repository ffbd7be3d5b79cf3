import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'astro/zod';
import { slug } from '../src/schemas/dates.ts';
import { makeEntrySchema } from '../src/schemas/entry.ts';
import { derivedSchema } from '../src/schemas/figure.ts';
import { metricSchema } from '../src/schemas/metric.ts';
import { sourceSchema } from '../src/schemas/source.ts';
import { topicSchema } from '../src/schemas/topic.ts';

export type JsonSchema = z.core.JSONSchema.JSONSchema;

/** The files `npm run schemas` writes to content/schemas/, in the order they are written. */
export const schemaFiles = ['sheet.schema.json', 'topics.schema.json', 'metrics.schema.json', 'sources.schema.json'] as const;
export type SchemaFile = (typeof schemaFiles)[number];

/** The YAML file each reference field names a key of. */
export const referenceFiles = { topic: 'content/topics.yaml', metric: 'content/metrics.yaml', source: 'content/sources.yaml' } as const;

const generatedNote = 'Generated from the zod schemas in src/schemas by npm run schemas; change those, not this file.';

// Keys change with every pull request, so a committed enum of them would
// always lag behind: a reference is any string. The title names the file, for
// hovers and for the field guide; the content layer checks that the key exists.
const reference = (file: string) => z.string().meta({ title: `key of ${file}` });

/** Does a union branch take a Date as input, i.e. a date YAML has already parsed? */
function takesDate(schema: z.core.$ZodType | undefined): boolean {
  if (schema instanceof z.core.$ZodDate) return true;
  return schema instanceof z.core.$ZodPipe && takesDate(schema._zod.def.in);
}

function override({ zodSchema, jsonSchema }: { zodSchema: z.core.$ZodTypes; jsonSchema: JsonSchema }): void {
  // The YAML language server reads an unquoted 2025-05-20 as the string it
  // is, so the Date branch of our date unions (which JSON Schema cannot say
  // anyway) is dropped and the string branch with its pattern stands alone.
  if (zodSchema instanceof z.core.$ZodUnion && jsonSchema.anyOf) {
    const options = zodSchema._zod.def.options;
    const kept = jsonSchema.anyOf.filter((_, i) => !takesDate(options[i]));
    const [only] = kept;
    if (kept.length === 1 && only) {
      delete jsonSchema.anyOf;
      for (const [key, value] of Object.entries(only)) if (!(key in jsonSchema)) jsonSchema[key] = value;
    } else jsonSchema.anyOf = kept;
  }
  // zod drops every default under io 'input' when something inside the field
  // transforms (the date fields of corrections do), since a default is an
  // output value; ours are plain JSON that an editor may type as they are.
  if (zodSchema instanceof z.core.$ZodDefault && jsonSchema.default === undefined) {
    jsonSchema.default = structuredClone(zodSchema._zod.def.defaultValue);
  }
  // z.url's protocol check has no JSON Schema keyword of its own.
  if (zodSchema instanceof z.core.$ZodURL && zodSchema._zod.def.protocol && jsonSchema.pattern === undefined) {
    const protocol = zodSchema._zod.def.protocol.source.replace(/^\^/, '').replace(/\$$/, '');
    jsonSchema.pattern = /^[a-z][a-z0-9+.-]*$/.test(protocol) ? `^${protocol}://` : `^(?:${protocol}):`;
  }
  // The refinement "exactly one relation" as JSON Schema, so editors flag a
  // derived figure with none or two.
  if (zodSchema === derivedSchema) {
    jsonSchema.oneOf = ['share', 'ratio', 'sum', 'change'].map((relation) => ({ required: [relation] }));
  }
}

function toJson(schema: z.core.$ZodType, title: string, description: string): JsonSchema {
  const json = z.toJSONSchema(schema, {
    target: 'draft-07',
    io: 'input',
    // Only Date has no JSON form here; anything else new must fail loudly.
    unrepresentable: ({ zodSchema }) => (zodSchema instanceof z.core.$ZodDate ? 'any' : 'throw'),
    override,
  });
  return { ...json, title, description, $comment: generatedNote };
}

/** The JSON Schemas of a sheet's frontmatter and of the three YAML data files. */
export function buildJsonSchemas(): Record<SchemaFile, JsonSchema> {
  const sheet = makeEntrySchema({
    topic: reference(referenceFiles.topic),
    metric: reference(referenceFiles.metric),
    source: reference(referenceFiles.source),
  });
  return {
    'sheet.schema.json': toJson(
      sheet,
      'Fact sheet frontmatter',
      'The YAML between the --- lines at the top of a fact sheet, content/entries/<year>/<topic>.mdx.',
    ),
    'topics.schema.json': toJson(
      z.record(slug, topicSchema),
      'Topics (content/topics.yaml)',
      'Subjects that fact sheets cover year after year. A key is the file name of the topic’s sheets, content/entries/<year>/<key>.mdx.',
    ),
    'metrics.schema.json': toJson(
      z.record(slug, metricSchema),
      'Metrics (content/metrics.yaml)',
      'Stable indicators that sheets report across years. A key is what a figure names as its metric.',
    ),
    'sources.schema.json': toJson(
      z.record(slug, sourceSchema),
      'Sources (content/sources.yaml)',
      'One record per cited document. A key is the citation key editors type in prose, [@key], and what a figure names as its source.',
    ),
  };
}

// Keyword order for the files: readable in review and independent of the
// order zod happens to assign keywords in. Field order (properties) is kept.
const keywordOrder = [
  '$schema', '$comment', 'title', 'description', 'type', 'enum', 'const', 'format', 'pattern',
  'minLength', 'maxLength', 'minimum', 'exclusiveMinimum', 'maximum', 'exclusiveMaximum', 'multipleOf', 'default',
  'propertyNames', 'properties', 'required', 'additionalProperties', 'items', 'additionalItems', 'minItems', 'maxItems',
  'anyOf', 'oneOf', 'allOf', 'not',
];
const rank = (key: string) => (keywordOrder.includes(key) ? keywordOrder.indexOf(key) : keywordOrder.length);
const fieldMaps = new Set(['properties', 'patternProperties', 'definitions', '$defs']);
const literalKeywords = new Set(['default', 'enum', 'const', 'examples', 'required']);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function ordered(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(ordered);
  if (!isRecord(schema)) return schema;
  const keys = Object.keys(schema).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(
    keys.map((key) => {
      const value = schema[key];
      if (literalKeywords.has(key)) return [key, value];
      if (fieldMaps.has(key) && isRecord(value)) return [key, Object.fromEntries(Object.entries(value).map(([name, field]) => [name, ordered(field)]))];
      return [key, ordered(value)];
    }),
  );
}

/** A schema file's text: 2-space JSON, keywords in a fixed order, a final newline. */
export function serialize(schema: JsonSchema): string {
  return `${JSON.stringify(ordered(schema), null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = join(import.meta.dirname, '../content/schemas');
  mkdirSync(dir, { recursive: true });
  const schemas = buildJsonSchemas();
  for (const file of schemaFiles) {
    writeFileSync(join(dir, file), serialize(schemas[file]));
    console.log(`wrote content/schemas/${file}`);
  }
}
