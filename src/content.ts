import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { ContentProblem, ContentProblems } from './lib/problem.ts';
import { figureParts, formatFigure } from './lib/format.ts';
import { fillPlaceholders } from './lib/placeholders.ts';
import { recompute } from './lib/derived.ts';
import type { SocialImageInput } from './lib/social-image.ts';
import { uiFor } from './i18n/ui.ts';
import type { Lang } from './i18n/locales.ts';
import { inLang, translationOf } from './editions.ts';
import { lookup } from './lookup.ts';
import { remember } from './lib/remember.ts';
import { oncePerBuild } from './lib/once-per-build.ts';
import { sheetUrl } from './urls.ts';

/**
 * The queries pages use. The first call also checks the links between
 * collections, so that any page's build stops on a broken reference.
 */
export type Sheet = CollectionEntry<'entries'>;
export type Figure = Sheet['data']['figures'][number];
export type TopicEntry = CollectionEntry<'topics'>;

/** The sheet each figure belongs to, so that a figure's words can be found in the sheet's translation. */
const owners = new WeakMap<Figure, string>();

/**
 * Shared by every page: read-only, so that no page can reorder it for the
 * others. In dev, read for each request: the check collection says whether
 * it may be shown.
 */
export const getSheets: () => Promise<readonly Sheet[]> = oncePerBuild(() => load());

/**
 * Every page asks for sheets first, so no page is built (and `npm run dev`
 * shows no stale page) while the content check has open problems: they are
 * thrown all at once, as `npm run check` prints them.
 */
async function load(): Promise<Sheet[]> {
  const problems = (await getEntry('contentChecks', 'result'))?.data.problems ?? [];
  if (problems.length > 0) throw new ContentProblems(problems);
  const [all, topics] = await Promise.all([getCollection('entries'), getCollection('topics')]);
  const order = new Map(topics.map((t) => [t.id, t.data.order]));
  for (const sheet of all) for (const figure of sheet.data.figures) owners.set(figure, sheet.id);
  return all
    // Drafts are previewed in `npm run dev` and left out of the published site.
    .filter((s) => import.meta.env.DEV || !s.data.draft)
    .sort((a, b) => b.data.year - a.data.year || (order.get(a.data.topic.id) ?? 0) - (order.get(b.data.topic.id) ?? 0));
}

/** The topics in their order; every page's header and several routes ask. */
export const getTopics: () => Promise<readonly TopicEntry[]> = oncePerBuild(async () => (await getCollection('topics')).sort((a, b) => a.data.order - b.data.order));

/** The years with a sheet, latest first; every page's header asks. */
export const getYears: () => Promise<readonly number[]> = oncePerBuild(async () => [...new Set((await getSheets()).map((s) => s.data.year))].sort((a, b) => b - a));

/**
 * A year's sheets, and a topic's in order of year. Every sheet page asks for
 * both (for its links to the year's other sheets and the topic's other
 * years), so the sheets are grouped once per build.
 */
export async function sheetsOfYear(year: number): Promise<readonly Sheet[]> {
  return (await byYear()).get(year) ?? [];
}

export async function sheetsOfTopic(topic: string): Promise<readonly Sheet[]> {
  return (await byTopic()).get(topic) ?? [];
}

const byYear = oncePerBuild(async () => Map.groupBy(await getSheets(), (s) => s.data.year));
const byTopic = oncePerBuild(async () => {
  const inYears = [...(await getSheets())].sort((a, b) => a.data.year - b.data.year);
  return Map.groupBy(inYears, (s) => s.data.topic.id);
});


/** The date a sheet last changed: its updated date, or its publication date. */
export const lastUpdated = (sheet: Sheet) => sheet.data.updated ?? sheet.data.published;

/** Key figures of a sheet: those marked key, or the first three. */
export function keyFigures(sheet: Sheet): Figure[] {
  const marked = sheet.data.figures.filter((f) => f.key);
  return marked.length > 0 ? marked : sheet.data.figures.slice(0, 3);
}

/**
 * A figure with what it needs to be printed in an edition: its metric, its
 * source, its text with the hedge ("more than ₸300 million", «более 300 млн ₸»)
 * and any equivalent the source gives. The figure comes back with its period
 * and note in the edition's words, from its sheet's translation where there is one.
 */
export function resolveFigure(figure: Figure, lang: Lang = 'en'): ReturnType<typeof resolveOnce> {
  // A sheet page resolves each figure for its cards, table, prose, citations and
  // downloads, and other pages and files again: once per figure and edition per build.
  // In dev a metric or translation may change between requests, so nothing is kept.
  if (import.meta.env.DEV) return resolveOnce(figure, lang);
  return remember(resolved, figure, lang, () => resolveOnce(figure, lang));
}

const resolved = new WeakMap<Figure, Map<string, ReturnType<typeof resolveOnce>>>();

async function resolveOnce(figure: Figure, lang: Lang) {
  const [english, englishSource] = await Promise.all([lookup.metrics(figure.metric.id), lookup.sources(figure.source.id)]);
  if (!english || !englishSource) throw new ContentProblem({ file: 'content/metrics.yaml', message: `figure ${figure.id} refers to a missing metric or source` });
  const [metric, source] = await Promise.all([inLang(english, lang), inLang(englishSource, lang)]);
  const owner = owners.get(figure);
  const words = owner ? (await translationOf(owner, lang))?.data.figures[figure.id] : undefined;
  const formattable = { value: figure.value, unit: metric.data.unit, qualifier: figure.qualifier };
  const text = formatFigure(formattable, lang);
  const converted = figure.converted && formatFigure(figure.converted, lang);
  const localized: Figure = words ? { ...figure, period: { ...figure.period, label: words.period }, note: words.note } : figure;
  return { figure: localized, metric, source, text, parts: figureParts(formattable, lang), converted };
}

/**
 * A sheet's words in an edition: its translation's, or the English sheet's
 * when there is none yet (`fallback`), with the date the translation follows
 * and whether the English sheet changed since (`behind`).
 */
export function sheetWords(sheet: Sheet, lang: Lang = 'en') {
  // Asked by every part of a sheet's page, its files and citations: once per sheet and edition in a build.
  if (import.meta.env.DEV) return wordsOnce(sheet, lang);
  return remember(wordsMade, sheet, lang, () => wordsOnce(sheet, lang));
}

const wordsMade = new WeakMap<Sheet, Map<string, ReturnType<typeof wordsOnce>>>();

async function wordsOnce(sheet: Sheet, lang: Lang) {
  const translation = await translationOf(sheet.id, lang);
  const updated = lastUpdated(sheet);
  if (!translation) return { lang: 'en' as Lang, fallback: lang !== 'en', translation, title: sheet.data.title, period: sheet.data.period, summary: sheet.data.summary, corrections: sheet.data.corrections, translated: undefined, behind: false };
  const t = translation.data;
  const corrections = sheet.data.corrections.map((c, i) => ({ ...c, text: t.corrections[i]?.text ?? c.text }));
  return { lang, fallback: false, translation, title: t.title, period: t.period, summary: t.summary, corrections, translated: t.translated, behind: t.translated < updated };
}

/** A sheet by id, drafts included (a draft previews in dev and its components still resolve). */
export async function findSheet(sheetId: string): Promise<Sheet | undefined> {
  return (await publishedSheet(sheetId)) ?? (await getEntry('entries', sheetId));
}

/**
 * A published sheet by id. Every <Fig> and chart of every page, and each point
 * of each chart's CSV, asks: one lookup table per list of sheets, not a scan of
 * the list each time (in dev, where the list is read afresh, a table per read).
 */
export async function publishedSheet(sheetId: string): Promise<Sheet | undefined> {
  const sheets = await getSheets();
  return remember(byId, sheets, '', () => new Map(sheets.map((s) => [s.id, s]))).get(sheetId);
}

const byId = new WeakMap<readonly Sheet[], Map<string, Map<string, Sheet>>>();

export async function findFigure(sheetId: string, figureId: string, lang: Lang = 'en') {
  const sheet = await findSheet(sheetId);
  const figure = sheet?.data.figures.find((f) => f.id === figureId);
  if (!sheet || !figure) {
    throw new ContentProblem({ file: `content/entries/${sheetId}.mdx`, message: `<Fig id="${figureId}"/> names no figure of this sheet` });
  }
  return resolveFigure(figure, lang);
}

/**
 * For a figure the source computed from others, the recomputed value beside
 * the published one ("3,286 of 15,905 is 20.7%; the source rounds it down to
 * 20%"), printed from the figures themselves; nothing when they read the same.
 */
export async function derivationNote(figure: Figure, siblings: Figure[], lang: Lang = 'en'): Promise<string | undefined> {
  if (!figure.derived) return undefined;
  const byId = new Map(siblings.map((f) => [f.id, f]));
  const result = recompute(figure.derived, figure.value, (id) => byId.get(id)?.value);
  if (!result) return undefined;
  const own = await resolveFigure(figure, lang);
  const exact = formatFigure({ value: Number(result.exact.toFixed(1)), unit: own.metric.data.unit }, lang);
  const published = formatFigure({ value: figure.value, unit: own.metric.data.unit }, lang);
  if (exact === published) return undefined;
  const parts = await Promise.all(result.parts.map(async (id) => {
    const part = byId.get(id);
    return part ? (await resolveFigure(part, lang)).text : id;
  }));
  const [a = '', b = ''] = parts;
  const w = uiFor(lang).derived;
  const sentence =
    result.relation === 'share' ? w.share(a, b, exact) : result.relation === 'ratio' ? w.ratio(a, b, exact) : result.relation === 'change' ? w.change(a, b, exact) : w.sum(parts, exact);
  return `${sentence}; ${w.rounded[figure.derived.rounding]} ${published}.`;
}

/** A sheet's summary in an edition, with its {figure-id} placeholders filled in in that edition's format. */
export async function summaryOf(sheet: Sheet, lang: Lang = 'en'): Promise<string> {
  const words = await sheetWords(sheet, lang);
  const texts = new Map(
    await Promise.all(
      sheet.data.figures.map(async (f) => [f.id, (await resolveFigure(f, words.lang)).text] as const),
    ),
  );
  return fillPlaceholders(words.summary, (id) => texts.get(id));
}

/**
 * What a sheet's social image shows: the publication, the title, and the
 * first key figure with its hedge, what it counts and when.
 */
export async function socialImageInput(sheet: Sheet, site: URL | undefined, lang: Lang = 'en'): Promise<SocialImageInput> {
  const words = await sheetWords(sheet, lang);
  const headline = keyFigures(sheet)[0];
  const resolved = headline && (await resolveFigure(headline, words.lang));
  const address = new URL(sheetUrl(sheet, lang), site);
  return {
    publication: uiFor(lang).siteName,
    title: words.title,
    value: resolved?.text ?? '',
    label: resolved ? `${resolved.metric.data.label} · ${resolved.figure.period.label}` : '',
    footer: `${address.host}${address.pathname}`,
  };
}

/** The date of the latest change to any published sheet: the downloads' date, the same from build to build. */
export async function latestUpdate(): Promise<string> {
  return (await getSheets()).map(lastUpdated).sort().at(-1) ?? '';
}
