import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { correctionSchema, makeEntrySchema } from '../src/schemas/entry.ts';
import { chartSchema } from '../src/schemas/chart.ts';
import { derivedSchema, periodSchema } from '../src/schemas/figure.ts';
import { metricSchema } from '../src/schemas/metric.ts';
import { sourceSchema } from '../src/schemas/source.ts';
import { topicSchema } from '../src/schemas/topic.ts';
import { betweenMarkers, endMarker, kinds, markdownText, renderFieldGuide, replaceBetweenMarkers, startMarker } from './field-guide.ts';

const contributing = join(import.meta.dirname, '../CONTRIBUTING.md');
const guide = renderFieldGuide();

// The records as zod has them, walked independently of the JSON Schemas the
// guide is made from: a field the generator drops is missed here.
const sheet = makeEntrySchema({ topic: z.string(), metric: z.string(), source: z.string() });
const figure = sheet.shape.figures.element;
const records: Record<string, Record<string, z.ZodType>> = {
  'Sheet frontmatter': sheet.shape,
  'Figure (each item of figures)': figure.shape,
  Period: periodSchema.shape,
  'Converted amount': figure.shape.converted.unwrap().shape,
  'Derived figure': derivedSchema.shape,
  Chart: chartSchema.shape,
  'Chart bar': chartSchema.shape.bars.element.shape,
  Correction: correctionSchema.shape,
  'Topic (content/topics.yaml)': topicSchema.shape,
  'Metric (content/metrics.yaml)': metricSchema.shape,
  'Source (content/sources.yaml)': sourceSchema.shape,
};

/** A field's description; an optional or defaulted field may carry it on the schema it wraps (qualifier: qualifierSchema.optional()). */
function descriptionOf(field: z.core.$ZodType): string | undefined {
  const own = z.globalRegistry.get(field)?.description;
  if (own !== undefined) return own;
  return field instanceof z.core.$ZodOptional || field instanceof z.core.$ZodDefault ? descriptionOf(field._zod.def.innerType) : undefined;
}

/** The rows of each table, by heading: field name → cells. */
function tables(markdown: string): Map<string, Map<string, string[]>> {
  const result = new Map<string, Map<string, string[]>>();
  let rows = new Map<string, string[]>();
  for (const line of markdown.split('\n')) {
    const heading = /^### (.+)$/.exec(line)?.[1];
    if (heading) result.set(heading, (rows = new Map()));
    const cells = line.startsWith('| `') ? line.slice(2, -2).split(/ (?<!\\)\| /) : undefined;
    const name = cells?.[0]?.replace(/`/g, '');
    if (cells && name) rows.set(name, cells);
  }
  return result;
}

describe('the field guide in CONTRIBUTING.md', () => {
  it('is the one the schemas give today', () => {
    const text = existsSync(contributing) ? readFileSync(contributing, 'utf8') : '';
    expect(betweenMarkers(text), "CONTRIBUTING.md's field guide is out of date: run npm run fields").toBe(guide);
  });
});

describe('the field guide', () => {
  const guideTables = tables(guide);
  it('has one table per record kind', () => {
    expect([...guideTables.keys()]).toEqual(Object.keys(records));
    expect(kinds.map((k) => k.heading)).toEqual(Object.keys(records));
  });
  it.each(Object.entries(records))('lists every field of %s with its description, whether it is required and its default', (heading, shape) => {
    const rows = guideTables.get(heading);
    expect([...(rows?.keys() ?? [])]).toEqual(Object.keys(shape));
    for (const [name, field] of Object.entries(shape)) {
      const [, type, required, fallback, meaning] = rows?.get(name) ?? [];
      expect(type, `${heading} ${name}`).toMatch(/\S/);
      expect(meaning, `${heading} ${name}`).toBe(markdownText(descriptionOf(field) ?? ''));
      // A field an editor may leave out is one zod accepts as undefined.
      expect(required, `${heading} ${name}`).toBe(field.safeParse(undefined).success ? 'no' : 'yes');
      const parsedDefault = field instanceof z.ZodDefault ? field.parse(undefined) : undefined;
      expect(fallback, `${heading} ${name}`).toBe(parsedDefault === undefined ? '' : `\`${typeof parsedDefault === 'string' ? parsedDefault : JSON.stringify(parsedDefault)}\``);
    }
  });
  it('names types in words', () => {
    const row = (heading: string, name: string) => guideTables.get(heading)?.get(name)?.[1];
    expect(row('Sheet frontmatter', 'year')).toBe('whole number 2000–2100');
    expect(row('Sheet frontmatter', 'draft')).toBe('yes/no: `true` or `false`');
    expect(row('Sheet frontmatter', 'published')).toBe('date `YYYY-MM-DD`');
    expect(row('Sheet frontmatter', 'topic')).toBe('key of `content/topics.yaml`');
    expect(row('Sheet frontmatter', 'figures')).toBe('list of [figures](#figure-each-item-of-figures), at least 1');
    expect(row('Figure (each item of figures)', 'qualifier')).toBe('one of `more than` · `over` · `about` · `almost` · `up to`');
    expect(row('Figure (each item of figures)', 'source')).toBe('key of `content/sources.yaml`');
    expect(row('Period', 'end')).toBe('`YYYY-MM` or `YYYY-MM-DD`');
    expect(row('Topic (content/topics.yaml)', 'order')).toBe('whole number');
  });
  it('keeps a description that contains a | inside its cell', () => {
    expect(markdownText('a | b <Fig id="x"/> {x}')).toBe('a \\| b `<Fig id="x"/>` `{x}`');
  });
});

describe('writing the guide into CONTRIBUTING.md', () => {
  it('changes nothing outside the markers', () => {
    const before = `# Contributing\n\nProse before.\n\n${startMarker}\nold table\n${endMarker}\n\nProse after.\n`;
    const after = replaceBetweenMarkers(before, 'new table');
    expect(after).toBe(`# Contributing\n\nProse before.\n\n${startMarker}\nnew table\n${endMarker}\n\nProse after.\n`);
    expect(betweenMarkers(after)).toBe('new table');
  });
  it('refuses a file without the markers rather than guess where the guide goes', () => {
    expect(() => replaceBetweenMarkers('# Contributing\n', 'table')).toThrow(/fields:start/);
  });
});
