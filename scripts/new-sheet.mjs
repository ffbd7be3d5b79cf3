// Starts a new fact sheet from content/_template.mdx:
//   npm run new -- <year> <topic>
// or a translation of an existing one (scripts/new-translation.mjs):
//   npm run new -- --translate <ru|kk> <year> <topic>
// Refuses to overwrite a sheet, an unknown topic (naming the topics it knows)
// and a year outside the years a sheet can cover.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { startTranslation } from './new-translation.mjs';

const fail = (message) => {
  console.error(message);
  process.exit(1);
};
if (process.argv[2] === '--translate') {
  startTranslation(process.argv.slice(3), fail);
  process.exit(0);
}
const [year, topic] = process.argv.slice(2);
if (!year || !topic) fail('Usage: npm run new -- <year> <topic>   for example: npm run new -- 2026 detection');
const thisYear = new Date().getUTCFullYear();
if (!/^\d{4}$/.test(year) || Number(year) < 2000 || Number(year) > thisYear + 1) {
  fail(`Year "${year}" is out of range: expected a year from 2000 to ${thisYear + 1}.`);
}
const topics = Object.keys(parse(readFileSync('content/topics.yaml', 'utf8')) ?? {});
if (!topics.includes(topic)) fail(`Unknown topic "${topic}". Known topics: ${topics.join(', ')}.\nTo add one, give it a record in content/topics.yaml first.`);
const file = `content/entries/${year}/${topic}.mdx`;
if (existsSync(file)) fail(`${file} already exists; edit it instead.`);
// SOURCE_DATE_EPOCH pins "today" for tests and reproducible scaffolds.
const now = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date();
const today = now.toISOString().slice(0, 10);
const text = readFileSync('content/_template.mdx', 'utf8')
  .replace(/^# A fact sheet: .*\n(# .*\n)*/m, '')
  .replace(/^year: .*/m, `year: ${year}`)
  .replace(/^topic: .*/m, `topic: ${topic}`)
  .replace(/^published: .*/m, `published: ${today}`)
  .replace(/YEAR/g, year);
mkdirSync(`content/entries/${year}`, { recursive: true });
writeFileSync(file, text);
console.log(`Created ${file} (a draft).\nPreview it with npm run dev at /${year}/${topic}/, and run npm run check after each change.`);
