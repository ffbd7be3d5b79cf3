/**
 * Every refusal of bad content reads the same way: where (file, line, field),
 * what was expected, what was found, and a hint. Pure so that it can be tested
 * and reused by the loaders, the Markdown plugins and the content checks.
 */
export interface Problem {
  /** The rule that refused it, named as `npm run check` prints it: "unknown-source". */
  rule?: string | undefined;
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  field?: string | undefined;
  /** What was expected; or, for a rule that reads better as a sentence, leave it out and give message. */
  expected?: string | undefined;
  message?: string | undefined;
  found?: string | undefined;
  hint?: string | undefined;
}

export function formatProblem(p: Problem): string {
  const place = [p.file, p.line, p.line === undefined ? undefined : p.column].filter((x) => x !== undefined).join(':');
  const what = p.expected !== undefined ? `expected ${p.expected}${p.found !== undefined ? `, found ${p.found}` : ''}` : (p.message ?? 'invalid');
  const parts = [`${place}${p.field ? ` (field ${p.field})` : ''}: ${what}${/[.!?]$/.test(what) ? '' : '.'}`];
  if (p.hint) parts.push(`Hint: ${p.hint}`);
  return parts.join('\n');
}

/** What was wrong, in one sentence, without the place: "expected …, found …" or the rule's message. */
export function problemText(p: Problem): string {
  const what = p.expected !== undefined ? `expected ${p.expected}${p.found !== undefined ? `, found ${p.found}` : ''}` : (p.message ?? 'invalid');
  return `${p.field ? `${p.field}: ` : ''}${what}${/[.!?]$/.test(what) ? '' : '.'}`;
}

/**
 * One line per problem, as linters print them and editors' terminals link
 * them: `file:line:column  rule  message`, the hint on the next line.
 */
export function formatCheckLine(p: Problem): string {
  const place = `${p.file}:${p.line ?? 1}:${p.column ?? 1}`;
  return `${place}  ${p.rule ?? 'content'}  ${problemText(p)}${p.hint ? `\n    hint: ${p.hint}` : ''}`;
}

/** Problems in reading order: by file, then line, then column. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** Shows a value the way an editor typed it, short enough for one line. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Thrown for content problems; the build prints the message and stops. */
export class ContentProblem extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(formatProblem(problem));
    this.name = 'ContentProblem';
    this.problem = problem;
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** Several problems found at once, so that an editor can fix them in one go. */
export class ContentProblems extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(`${problems.length === 1 ? 'The content has a problem' : `The content has ${problems.length} problems`} (npm run check lists them too):\n\n${problems.map(formatCheckLine).join('\n')}`);
    this.name = 'ContentProblems';
    this.problems = problems;
    // The problems are in the content, not in the code that found them: no stack trace into src/.
    this.stack = `${this.name}: ${this.message}`;
  }
}
