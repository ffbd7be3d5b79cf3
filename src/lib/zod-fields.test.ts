import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { makeEntrySchema } from '../schemas/entry.ts';
import { describeAt, fieldsAt } from './zod-fields.ts';

const sheet = makeEntrySchema({ topic: z.string(), metric: z.string(), source: z.string() });

describe('what a schema says about a field', () => {
  it('lists the fields accepted at a path, through lists and optional records', () => {
    expect(fieldsAt(sheet, [])).toContain('summary');
    expect(fieldsAt(sheet, ['figures', 0])).toEqual(expect.arrayContaining(['id', 'metric', 'value', 'qualifier', 'period', 'source', 'derived']));
    expect(fieldsAt(sheet, ['figures', 0, 'converted'])).toEqual(['value', 'unit', 'qualifier']);
  });
  it('gives the description of a field, not of the record around it', () => {
    expect(describeAt(sheet, ['updated'])).toMatch(/^Last substantive change/);
    expect(describeAt(sheet, ['figures', 0, 'converted', 'value'])).toBe('The equivalent, as a plain number.');
    expect(describeAt(sheet, ['figures', 0, 'nowhere'])).toBeUndefined();
  });
});
