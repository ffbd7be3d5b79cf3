// Rewrites single top-level fields of an MDX file's frontmatter as text, so
// that everything else (figures, charts, citations, comments, layout) stays
// byte for byte as the editors wrote it.
import { parse } from 'yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** The frontmatter as data, to read a field's current value. */
export function readFrontmatter(text, file) {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error(`${file} has no frontmatter`);
  return parse(match[1] ?? '');
}

/**
 * Sets top-level fields (`title`, `year`, `topic`) that are already written
 * on one line each. Values are written as JSON, which YAML reads as the same
 * string or number, so titles with colons or quotes stay valid.
 */
export function setFields(text, fields, file) {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error(`${file} has no frontmatter`);
  let yaml = match[1] ?? '';
  for (const [field, value] of Object.entries(fields)) {
    const line = new RegExp(`^${field}:.*$`, 'm');
    if (!line.test(yaml)) throw new Error(`${file}: no one-line "${field}:" field to rewrite`);
    // A function, not a string, as the replacement: a "$" in a title must not be read as a pattern.
    yaml = yaml.replace(line, () => `${field}: ${JSON.stringify(value)}`);
  }
  const start = match[0].indexOf(match[1] ?? '');
  return text.slice(0, start) + yaml + text.slice(start + (match[1] ?? '').length);
}
