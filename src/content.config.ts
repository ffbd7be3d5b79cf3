import { defineCollection, reference } from 'astro:content';
import { yamlRecords } from './loaders/yaml-records.ts';
import { sheets } from './loaders/sheets.ts';
import { contentCheck } from './loaders/content-check.ts';
import { topicSchema } from './schemas/topic.ts';
import { metricSchema } from './schemas/metric.ts';
import { sourceSchema } from './schemas/source.ts';
import { makeEntrySchema } from './schemas/entry.ts';
import { checkResultSchema } from './schemas/problem.ts';
import { aboutSchema, metricTextSchema, sheetTranslationSchema, sourceTextSchema, topicTextSchema } from './schemas/translation.ts';
import { aboutPages, sheetTranslations, translatedRecords } from './loaders/translated-texts.ts';

const topics = defineCollection({ loader: yamlRecords('content/topics.yaml', topicSchema), schema: topicSchema });
const metrics = defineCollection({ loader: yamlRecords('content/metrics.yaml', metricSchema), schema: metricSchema });
const sources = defineCollection({ loader: yamlRecords('content/sources.yaml', sourceSchema), schema: sourceSchema });
const entrySchema = makeEntrySchema({ topic: reference('topics'), metric: reference('metrics'), source: reference('sources') });
const entries = defineCollection({ loader: sheets(), schema: entrySchema });
const contentChecks = defineCollection({ loader: contentCheck(), schema: checkResultSchema });

// The other editions' words: ids "<lang>/<key>" (records) and "<lang>/<year>/<topic>" (sheets).
const metricTexts = defineCollection({ loader: translatedRecords('metrics.yaml', metricTextSchema), schema: metricTextSchema });
const topicTexts = defineCollection({ loader: translatedRecords('topics.yaml', topicTextSchema), schema: topicTextSchema });
const sourceTexts = defineCollection({ loader: translatedRecords('sources.yaml', sourceTextSchema), schema: sourceTextSchema });
const translations = defineCollection({ loader: sheetTranslations(), schema: sheetTranslationSchema });
const about = defineCollection({ loader: aboutPages(aboutSchema), schema: aboutSchema });

export const collections = { topics, metrics, sources, entries, contentChecks, metricTexts, topicTexts, sourceTexts, translations, about };
