// A failure the benchmark explains itself: the message says which step
// failed and where its corpus and log are, so no stack trace is printed.
import { readFileSync } from 'node:fs';

export class BenchError extends Error {}

/** The last lines of a log file (or of a text), to show with a failure. */
export function tail(textOrFile, lines = 40, { file = false } = {}) {
  let text = textOrFile;
  if (file) {
    try {
      text = readFileSync(textOrFile, 'utf8');
    } catch {
      return '(no output)';
    }
  }
  return text.trimEnd().split('\n').slice(-lines).join('\n') || '(no output)';
}
