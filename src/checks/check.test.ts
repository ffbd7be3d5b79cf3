import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCheckLine } from '../lib/problem.ts';
import type { ContentFiles, TextFile } from './files.ts';
import { checkContent } from './index.ts';
import { contentFingerprint, readContentFiles } from './read.ts';

/**
 * The content check over a small fixture corpus of its own (fixtures/base),
 * and over broken copies of it: each folder of fixtures/broken is named after
 * the rule it breaks and holds only the files that differ from the base. A
 * line that ends with "⟵ <rule>" is where the problem must be reported; a
 * broken file without such a line is reported at line 1.
 */
const fixtures = join(import.meta.dirname, 'fixtures');
const base = readContentFiles(join(fixtures, 'base'));
const broken = readdirSync(join(fixtures, 'broken')).sort();

function overlayFiles(rule: string): TextFile[] {
  const dir = join(fixtures, 'broken', rule);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split('\\').join('/'))
    .filter((f) => /\.(mdx?|ya?ml)$/.test(f))
    .map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));
}

function withOverlays(...rules: string[]): ContentFiles {
  const files: ContentFiles = { ...base, sheets: [...base.sheets] };
  for (const { file, text } of rules.flatMap(overlayFiles)) {
    const replaced = { file, text };
    if (file === files.topics.file) files.topics = replaced;
    else if (file === files.metrics.file) files.metrics = replaced;
    else if (file === files.sources.file) files.sources = replaced;
    else if (file === files.about.file) files.about = replaced;
    else if (file.startsWith('content/translations/')) files.translations = [...files.translations.filter((s) => s.file !== file), replaced];
    else files.sheets = [...files.sheets.filter((s) => s.file !== file), replaced];
  }
  return files;
}

function expectedProblems(rule: string): string[] {
  const files = overlayFiles(rule);
  const marked = files.flatMap(({ file, text }) =>
    text.split('\n').flatMap((line, i) => [...line.matchAll(/⟵ ([a-z-]+)/g)].map((m) => `${file}:${i + 1} ${m[1]}`)),
  );
  return marked.length > 0 ? marked : files.map(({ file }) => `${file}:1 ${rule}`);
}

const reported = (files: ContentFiles) => checkContent(files).problems.map((p) => `${p.file}:${p.line} ${p.rule}`);

describe('the content check', () => {
  it('finds nothing wrong in the fixture corpus', () => {
    expect(checkContent(base).problems.map(formatCheckLine)).toEqual([]);
  });

  it('has a broken fixture for at least 25 rules', () => {
    expect(broken.length).toBeGreaterThanOrEqual(25);
  });

  it.each(broken)('reports %s, at the file and line marked in its fixture', (rule) => {
    expect(reported(withOverlays(rule)).sort()).toEqual(expectedProblems(rule).sort());
  });

  it('reports every problem of several broken files in one run', () => {
    // Each of these fixtures breaks a different file: two sheets, a sheet's body and a data file.
    const rules = ['unknown-source', 'unknown-field', 'duplicate-key', 'number-in-prose'];
    expect(reported(withOverlays(...rules)).sort()).toEqual(rules.flatMap(expectedProblems).sort());
  });

  it('prints each problem as file:line:column  rule  message, with a hint', () => {
    const [problem] = checkContent(withOverlays('unknown-citation')).problems;
    expect(problem && formatCheckLine(problem)).toMatch(
      /^content\/entries\/2024\/drug-enforcement\.mdx:16:\d+ {2}unknown-citation {2}unknown citation key \[@mia-2025-5\]\.\n {4}hint: did you mean "mia-2025-05"\? A new source goes in content\/sources\.yaml first$/,
    );
  });

  it('suggests the field meant, and lists the topics when none is close', () => {
    const [field] = checkContent(withOverlays('unknown-field')).problems;
    expect(field?.hint).toBe('did you mean "period"?');
    const files = withOverlays('unknown-topic');
    const sheet = files.sheets.find((s) => s.file.endsWith('drug-enforcement.mdx'));
    if (!sheet) throw new Error('fixture missing');
    const [topic] = checkContent(files).problems;
    expect(topic?.hint).toMatch(/the topics are: "detection"/);
  });

  it('reads a sheet saved with a byte-order mark and Windows line endings', () => {
    const sheets = base.sheets.map((f) => (f.file.endsWith('2024/drug-enforcement.mdx') ? { ...f, text: `\uFEFF${f.text.replace(/\n/g, '\r\n')}` } : f));
    expect(reported({ ...base, sheets })).toEqual([]);
  });

  it('says a frontmatter never closed is not closed, instead of reading it as text', () => {
    const sheets = base.sheets.map((f) => (f.file.endsWith('2024/drug-enforcement.mdx') ? { ...f, text: f.text.replace('---\n\nLaw', '\nLaw') } : f));
    const [problem] = checkContent({ ...base, sheets }).problems;
    expect(problem).toMatchObject({ rule: 'yaml-syntax', line: 1, expected: 'frontmatter closed by a second --- line' });
    expect(checkContent({ ...base, sheets }).problems).toHaveLength(1);
  });
});

describe('contentFingerprint', () => {
  it('is the same for the same files and changes with any file, so the build never trusts a check of other content', () => {
    const same = contentFingerprint(readContentFiles(join(fixtures, 'base')));
    expect(contentFingerprint(base)).toBe(same);
    const sheet = base.sheets[0];
    if (!sheet) throw new Error('the base fixture has a sheet');
    expect(contentFingerprint({ ...base, sheets: [{ ...sheet, text: `${sheet.text} ` }, ...base.sheets.slice(1)] })).not.toBe(same);
    expect(contentFingerprint({ ...base, metrics: { ...base.metrics, text: `${base.metrics.text}\n` } })).not.toBe(same);
  });
});
