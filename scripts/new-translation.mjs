// Starts a translation of an existing sheet:
//   npm run new -- --translate <ru|kk> <year> <topic>
// Writes content/translations/<lang>/<year>/<topic>.mdx with every field a
// translation has, holding the English words to be replaced, and the English
// body with its <Fig>, <Chart> and citations in place. Refuses a translation
// that exists and a sheet that does not.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';

export function startTranslation([lang, year, topic], fail) {
  if (!['ru', 'kk'].includes(lang ?? '') || !year || !topic) fail('Usage: npm run new -- --translate <ru|kk> <year> <topic>   for example: npm run new -- --translate kk 2025 detection');
  const original = `content/entries/${year}/${topic}.mdx`;
  if (!existsSync(original)) fail(`${original} does not exist: a translation follows an English sheet.`);
  const file = `content/translations/${lang}/${year}/${topic}.mdx`;
  if (existsSync(file)) fail(`${file} already exists; edit it instead.`);
  const text = readFileSync(original, 'utf8');
  const [, yaml = '', body = ''] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text) ?? [];
  const english = parse(yaml);
  const translation = {
    title: english.title,
    period: english.period,
    summary: english.summary,
    // The English sheet's state this translation follows; raise it when the translation catches up.
    translated: String(english.updated ?? english.published).slice(0, 10),
    figures: Object.fromEntries((english.figures ?? []).map((f) => [f.id, { period: f.period?.label, ...(f.note ? { note: f.note } : {}) }])),
    ...(english.charts?.length
      ? {
          charts: Object.fromEntries(
            english.charts.map((c) => [
              c.id,
              { title: c.title, summary: c.summary, ...(c.bars.some((b) => b.label) ? { labels: Object.fromEntries(c.bars.filter((b) => b.label).map((b) => [b.figure, b.label])) } : {}) },
            ]),
          ),
        }
      : {}),
    ...(english.corrections?.length ? { corrections: english.corrections.map((c) => ({ date: String(c.date).slice(0, 10), text: c.text })) } : {}),
  };
  const head = `# Translation of ${original}: replace the English words, keep every id, {placeholder},\n# <Fig>, <Chart> and [@citation]. Numbers stay in the English sheet.\n`;
  mkdirSync(`content/translations/${lang}/${year}`, { recursive: true });
  writeFileSync(file, `---\n${head}${stringify(translation, { lineWidth: 0 })}---\n${body}`);
  console.log(`Created ${file} from ${original}.\nTranslate its words, then run npm run check; preview it with npm run dev at /${lang}/${year}/${topic}/.`);
}
