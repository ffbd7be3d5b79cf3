import { defineCollection, reference } from 'astro:content';
import { yamlRecords } from './loaders/yaml-records';
import { sheets } from './loaders/sheets';
import { contentCheck } from './loaders/content-check';
import { topicSchema } from './schemas/topic';
import { metricSchema } from './schemas/metric';
import { sourceSchema } from './schemas/source';
import { makeEntrySchema } from './schemas/entry';
import { checkResultSchema } from './schemas/problem';
import { aboutSchema, metricTextSchema, sheetTranslationSchema, sourceTextSchema, topicTextSchema } from './schemas/translation';
import { aboutPages, sheetTranslations, translatedRecords } from './loaders/translated-texts';

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
