// Starts a new fact sheet from content/_template.mdx:
//   npm run new -- <year> <topic>
// Refuses to overwrite a sheet that exists, and names the topics it knows.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const [year, topic] = process.argv.slice(2);
const fail = (message) => {
  console.error(message);
  process.exit(1);
};
if (!year || !/^\d{4}$/.test(year) || !topic) fail('Usage: npm run new -- <year> <topic>   for example: npm run new -- 2026 detection');
const topics = Object.keys(parse(readFileSync('content/topics.yaml', 'utf8')) ?? {});
if (!topics.includes(topic)) fail(`Unknown topic "${topic}". Known topics: ${topics.join(', ')}.\nTo add one, give it a record in content/topics.yaml first.`);
const file = `content/entries/${year}/${topic}.mdx`;
if (existsSync(file)) fail(`${file} already exists; edit it instead.`);
const today = new Date().toISOString().slice(0, 10);
const text = readFileSync('content/_template.mdx', 'utf8')
  .replace(/^# .*\n(# .*\n)*/m, '')
  .replace(/^year: .*/m, `year: ${year}`)
  .replace(/^topic: .*/m, `topic: ${topic}`)
  .replace(/^published: .*/m, `published: ${today}`)
  .replace(/YEAR/g, year);
mkdirSync(`content/entries/${year}`, { recursive: true });
writeFileSync(file, text);
console.log(`Created ${file}. Preview it with npm run dev, at /${year}/${topic}/.`);
