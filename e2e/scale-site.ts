import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readFrontmatter, setFields } from '../scripts/bench/frontmatter.mjs';
import { copyProject, exec, root } from '../scripts/project-copy.ts';
import { languages, localePath } from '../src/i18n/locales.ts';
import { frontmatterFigures, sheets } from './site.ts';

/**
 * How many years of one topic the scale site adds. Some pages change as the
 * archive grows, and only past a size: a topic page shows its newest six
 * sheets and lists the earlier years; the sources page lists a source's ten
 * newest citing sheets and counts the rest; a metric with more than ten
 * values gets a page of its own. The real content is too small for any of
 * them, so they are checked on this site (e2e/scale.spec.ts says whether
 * each appeared).
 */
export const ADDED_YEARS = 12;

/** The sheet schema's bounds that the copies must keep to (src/schemas/entry.ts): the first year and a title's length. */
const FIRST_YEAR = 2000;
const TITLE_MAX = 120;

/** What the scale site adds to the project's content, read from that content. */
export interface ScalePlan {
  /** The sheet copied ("2024/detection"), a published one with a translation in every edition. */
  template: string;
  /** Its topic, which gains the years, and a metric of its first figure, which gains a page. */
  topic: string;
  metric: string;
  /** The sheets added, newest first ("2023/detection", …): years the topic has no sheet in. */
  added: string[];
}

/** The plan for the project's content as it is now: the first published sheet (in path order) translated into every edition. */
export function planScaleSite(): ScalePlan {
  const entries = join(root, 'content/entries');
  for (const path of sheets) {
    const template = path.replace(/^\/|\/$/g, '');
    if (!languages.every((l) => l === 'en' || existsSync(join(root, 'content/translations', l, `${template}.mdx`)))) continue;
    const metric = frontmatterFigures(template)[0]?.['metric'];
    if (typeof metric !== 'string') continue;
    const [year = '', topic = ''] = template.split('/');
    const added: string[] = [];
    for (let y = Number(year) - 1; added.length < ADDED_YEARS; y--) {
      if (y < FIRST_YEAR) throw new Error(`The scale site needs ${ADDED_YEARS} years of ${topic} without a sheet before ${year}, and the sheets' years start at ${FIRST_YEAR}.`);
      if (!existsSync(join(entries, `${y}/${topic}.mdx`))) added.push(`${y}/${topic}`);
    }
    return { template, topic, metric, added };
  }
  throw new Error('No published sheet with figures has a translation in every edition, so there is none to copy for the scale site.');
}

/**
 * The pages to sweep on the scale site, in every edition: those that change
 * as the archive grows (the grown topic, its metric's own page, the sources,
 * the home page, the topics, the search page's list of sheets) and an added
 * year with its sheet, whose header names both the newest year and its own.
 */
export function scaleSample(plan: ScalePlan): string[] {
  const oldest = plan.added.at(-1) ?? plan.template;
  const paths = ['/', '/topics/', `/topics/${plan.topic}/`, `/topics/${plan.topic}/${plan.metric}/`, '/sources/', '/search/', `/${oldest.split('/')[0]}/`, `/${oldest}/`];
  return languages.flatMap((lang) => paths.map((path) => localePath(lang, path)));
}

const write = (path: string, text: string) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
};

/** A title with the year a sheet was copied into, so that no two sheets share one; shortened to stay within the schema's length. */
export function withYear(title: string, year: string): string {
  const suffix = ` (${year})`;
  return `${title.slice(0, TITLE_MAX - suffix.length).trimEnd()}${suffix}`;
}

/** The title of a sheet or translation, with the year it was copied into. */
function titled(text: string, file: string, year: string): string {
  const data: unknown = readFrontmatter(text, file);
  return withYear(data !== null && typeof data === 'object' && 'title' in data ? String(data.title) : file, year);
}

/**
 * A copy of the project with the plan's sheets added (copies of its
 * template and the template's translations, each titled with its year),
 * built as `npm run build` builds the site. Returns the built site's folder.
 */
export async function buildScaleSite(plan: ScalePlan): Promise<string> {
  const dir = copyProject('kz-scale', [], { withCaches: true });
  const from = `content/entries/${plan.template}.mdx`;
  const text = readFileSync(join(dir, from), 'utf8');
  for (const id of plan.added) {
    const [year = ''] = id.split('/');
    write(join(dir, 'content/entries', `${id}.mdx`), setFields(text, { title: titled(text, from, year), year: Number(year) }, from));
    for (const lang of languages.filter((l) => l !== 'en')) {
      const source = `content/translations/${lang}/${plan.template}.mdx`;
      const translation = readFileSync(join(dir, source), 'utf8');
      write(join(dir, 'content/translations', lang, `${id}.mdx`), setFields(translation, { title: titled(translation, source, year) }, source));
    }
  }
  const build = await exec(dir, ['scripts/build.mjs']);
  if (build.code !== 0) throw new Error(`The scale site's build failed in ${dir}:\n${build.output.slice(-4000)}`);
  return join(dir, 'dist');
}
