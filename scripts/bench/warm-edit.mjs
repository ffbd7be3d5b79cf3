// The change between the cold and the warm PDF run: one sentence of one
// sheet's English prose, as an editor's typo fix would be. It adds words
// only (no number, no markup), so the sheet still passes every body rule.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BenchError } from './errors.mjs';

const PREFIX = 'As the benchmark notes, ';

/** Edits the first prose line of content/entries/<sheetId>.mdx; returns the file and the line changed. */
export function changeOneSentence(dir, sheetId) {
  const file = join(dir, 'content/entries', `${sheetId}.mdx`);
  const text = readFileSync(file, 'utf8');
  const end = text.indexOf('\n---', 3);
  const lines = text.split('\n');
  const bodyStart = text.slice(0, end + 4).split('\n').length;
  // A line of running text: it starts with a capital letter (not a heading, list, component, note or citation).
  const at = lines.findIndex((line, i) => i >= bodyStart && /^\p{Lu}/u.test(line));
  if (end < 0 || at < 0) throw new BenchError(`No prose line to change in ${file}`);
  const line = lines[at];
  lines[at] = PREFIX + line.charAt(0).toLowerCase() + line.slice(1);
  writeFileSync(file, lines.join('\n'));
  return { file: `content/entries/${sheetId}.mdx`, line: at + 1 };
}
