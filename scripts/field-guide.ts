import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildJsonSchemas, type JsonSchema, type SchemaFile } from './json-schemas.ts';

export const startMarker = '<!-- fields:start -->';
export const endMarker = '<!-- fields:end -->';

/** One table of the guide: a record kind, found in a generated schema by a path of property names. */
interface Kind {
  heading: string;
  file: SchemaFile;
  /** Property names; "[]" steps into list items, "*" into the records of a data file. */
  path: string[];
  /** How a field holding a list of these is named in the Type column. */
  plural?: string;
  /** Whether the schema's own description opens the table (it does for whole files). */
  intro?: boolean;
}

export const kinds: readonly Kind[] = [
  { heading: 'Sheet frontmatter', file: 'sheet.schema.json', path: [], intro: true },
  { heading: 'Figure (each item of figures)', file: 'sheet.schema.json', path: ['figures', '[]'], plural: 'figures' },
  { heading: 'Period', file: 'sheet.schema.json', path: ['figures', '[]', 'period'] },
  { heading: 'Converted amount', file: 'sheet.schema.json', path: ['figures', '[]', 'converted'] },
  { heading: 'Derived figure', file: 'sheet.schema.json', path: ['figures', '[]', 'derived'] },
  { heading: 'Chart', file: 'sheet.schema.json', path: ['charts', '[]'], plural: 'charts' },
  { heading: 'Chart bar', file: 'sheet.schema.json', path: ['charts', '[]', 'bars', '[]'], plural: 'bars' },
  { heading: 'Correction', file: 'sheet.schema.json', path: ['corrections', '[]'], plural: 'corrections' },
  { heading: 'Topic (content/topics.yaml)', file: 'topics.schema.json', path: ['*'], intro: true },
  { heading: 'Metric (content/metrics.yaml)', file: 'metrics.schema.json', path: ['*'], intro: true },
  { heading: 'Source (content/sources.yaml)', file: 'sources.schema.json', path: ['*'], intro: true },
];

const isSchema = (value: unknown): value is JsonSchema => typeof value === 'object' && value !== null && !Array.isArray(value);

function schemaAt(schema: JsonSchema, path: readonly string[]): JsonSchema {
  let node: unknown = schema;
  for (const step of path) {
    if (!isSchema(node)) break;
    node = step === '[]' ? node.items : step === '*' ? node.additionalProperties : node.properties?.[step];
  }
  if (!isSchema(node)) throw new Error(`the field guide expects a record at ${path.join('.') || 'the top'}; the schemas changed shape`);
  return node;
}

/** The anchor GitHub gives a heading, so that Type can link to the table of a nested record. */
const anchor = (heading: string) => `#${heading.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-')}`;

/**
 * Prose for a cell: "|" would end the cell and <Fig id="…"/> would be read as
 * HTML, so tags become code, as do paths, {figure-id} and [@key].
 */
export function markdownText(text: string): string {
  return text
    .replace(/content\/[A-Za-z0-9_<>/.-]*[A-Za-z0-9_>]|<[A-Za-z][^>]*>|\{[a-z0-9-]+\}|\[@[a-z0-9-]+\]/g, (code) => `\`${code}\``)
    .replace(/\|/g, '\\|');
}

const code = (value: unknown) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;

// Patterns are named by what they accept rather than by their source, so a
// tightened regular expression keeps its readable name.
const accepts = (pattern: string, yes: string[], no: string[]) => {
  const re = new RegExp(pattern);
  return yes.every((s) => re.test(s)) && !no.some((s) => re.test(s));
};
const patternNames: { yes: string[]; no: string[]; name: string; plural?: string }[] = [
  { yes: ['2025-05', '2025-05-20'], no: ['May 2025', '2025', '20/05/2025'], name: '`YYYY-MM` or `YYYY-MM-DD`' },
  { yes: ['anti-fraud-center', 'rate-2024'], no: ['Anti-fraud', 'rate 2024', 'rate--2024', '-rate'], name: 'id (lower-case words joined by hyphens)', plural: 'ids' },
  { yes: ['en', 'kk'], no: ['EN', 'eng', 'e'], name: 'two lower-case letters' },
];
const patternName = (pattern: string) => patternNames.find(({ yes, no }) => accepts(pattern, yes, no));

// z.number().int() states the safe-integer bounds, which say nothing to an editor.
const bound = (n: number | undefined) => (n === undefined || Math.abs(n) >= Number.MAX_SAFE_INTEGER ? undefined : n);

function range(low: number | undefined, high: number | undefined, unit = ''): string {
  const [from, to] = [bound(low), bound(high)];
  if (from !== undefined && to !== undefined) return `${from}–${to}${unit}`;
  if (from !== undefined) return `at least ${from}${unit}`;
  if (to !== undefined) return `at most ${to}${unit}`;
  return '';
}
const withRange = (name: string, low: number | undefined, high: number | undefined) => [name, range(low, high)].filter(Boolean).join(' ');

function typeOf(node: JsonSchema, nested: Map<JsonSchema, Kind>): string {
  const kind = nested.get(node);
  if (kind) return `record: see [${kind.heading}](${anchor(kind.heading)})`;
  if (node.enum) return `one of ${node.enum.map(code).join(' · ')}`;
  if (node.type === 'array') {
    const { items, minItems, maxItems } = node;
    if (Array.isArray(items)) {
      const names = new Set(items.filter(isSchema).map((item) => (item.pattern ? patternName(item.pattern)?.plural : undefined) ?? typeOf(item, nested)));
      const [plural] = names;
      const shape = `\`[${items.map((_, i) => String.fromCharCode(97 + i)).join(', ')}]\``;
      return names.size === 1 && plural ? `${items.length === 2 ? 'pair' : items.length} of ${plural}, ${shape}` : `list ${shape}`;
    }
    if (!isSchema(items)) return 'list';
    const itemKind = nested.get(items);
    const plural = items.pattern ? patternName(items.pattern)?.plural : undefined;
    const what = itemKind?.plural ? `[${itemKind.plural}](${anchor(itemKind.heading)})` : plural ?? `(${typeOf(items, nested)})`;
    const count = range(minItems, maxItems);
    return `list of ${what}${count ? `, ${count}` : ''}`;
  }
  if (node.type === 'string') {
    if (node.title?.startsWith('key of ')) return `key of \`${node.title.slice('key of '.length)}\``;
    if (node.format === 'date') return 'date `YYYY-MM-DD`';
    if (node.format === 'uri') return node.pattern?.startsWith('^https') ? '`https://` address' : 'address';
    const { pattern } = node;
    if (pattern !== undefined) return patternName(pattern)?.name ?? `text matching ${code(pattern)}`;
    const length = range((node.minLength ?? 0) > 1 ? node.minLength : undefined, node.maxLength, ' characters');
    return length ? `text, ${length}` : 'text';
  }
  if (node.type === 'integer') return withRange('whole number', node.minimum, node.maximum);
  if (node.type === 'number') return node.exclusiveMinimum === 0 ? 'number above 0' : withRange('number', node.minimum, node.maximum);
  if (node.type === 'boolean') return 'yes/no: `true` or `false`';
  return 'any value';
}

/** A rule of a record that a table of fields cannot show, such as "exactly one of". */
function recordNote(node: JsonSchema): string | undefined {
  const alternatives = node.oneOf?.map((option) => (option.required?.length === 1 ? option.required[0] : undefined));
  if (alternatives?.length && alternatives.every((a) => a !== undefined)) return `Give exactly one of ${alternatives.map(code).join(', ')}.`;
  return undefined;
}

/** The field guide: one Markdown table per record kind, from the generated JSON Schemas. */
export function renderFieldGuide(schemas: Record<SchemaFile, JsonSchema> = buildJsonSchemas()): string {
  const located = kinds.map((kind) => ({ kind, node: schemaAt(schemas[kind.file], kind.path) }));
  const nested = new Map(located.filter(({ kind }) => !kind.intro).map(({ kind, node }) => [node, kind]));
  const sections = located.map(({ kind, node }) => {
    const lines = [`### ${kind.heading}`, ''];
    const description = kind.intro ? schemas[kind.file].description : undefined;
    const intro = [description === undefined ? undefined : markdownText(description), recordNote(node)].filter((s) => s !== undefined);
    if (intro.length > 0) lines.push(intro.join(' '), '');
    lines.push('| Field | Type | Required | Default | Meaning |', '| --- | --- | --- | --- | --- |');
    for (const [name, field] of Object.entries(node.properties ?? {})) {
      if (!isSchema(field)) continue;
      const required = node.required?.includes(name) ? 'yes' : 'no';
      const fallback = field.default === undefined ? '' : code(field.default);
      lines.push(`| \`${name}\` | ${typeOf(field, nested)} | ${required} | ${fallback} | ${markdownText(field.description ?? '')} |`);
    }
    return lines.join('\n');
  });
  return [
    '<!-- Generated from the zod schemas in src/schemas by npm run fields; change those, not these tables. -->',
    '',
    ...sections.flatMap((section) => [section, '']),
  ].join('\n').trimEnd();
}

/** The text of a file between the markers, or undefined when either marker is missing. */
export function betweenMarkers(text: string): string | undefined {
  const start = text.indexOf(startMarker);
  const end = text.indexOf(endMarker, start);
  if (start === -1 || end === -1) return undefined;
  return text.slice(start + startMarker.length, end).replace(/^\n/, '').replace(/\n$/, '');
}

/** Puts the guide between the markers; every character outside them stays as it was. */
export function replaceBetweenMarkers(text: string, guide: string): string {
  const start = text.indexOf(startMarker);
  const end = text.indexOf(endMarker, start);
  if (start === -1 || end === -1) throw new Error(`CONTRIBUTING.md needs the lines ${startMarker} and ${endMarker} where the field guide goes`);
  return `${text.slice(0, start + startMarker.length)}\n${guide}\n${text.slice(end)}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = join(import.meta.dirname, '../CONTRIBUTING.md');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : `# Contributing\n\n${startMarker}\n${endMarker}\n`;
  writeFileSync(file, replaceBetweenMarkers(text, renderFieldGuide()));
  console.log('wrote the field guide into CONTRIBUTING.md');
}
