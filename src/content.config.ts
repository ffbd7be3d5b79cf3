import { defineCollection, reference } from 'astro:content';
import { yamlRecords } from './loaders/yaml-records';
import { sheets } from './loaders/sheets';
import { contentCheck } from './loaders/content-check';
import { topicSchema } from './schemas/topic';
import { metricSchema } from './schemas/metric';
import { sourceSchema } from './schemas/source';
import { makeEntrySchema } from './schemas/entry';
import { checkResultSchema } from './schemas/problem';

const topics = defineCollection({ loader: yamlRecords('content/topics.yaml', topicSchema), schema: topicSchema });
const metrics = defineCollection({ loader: yamlRecords('content/metrics.yaml', metricSchema), schema: metricSchema });
const sources = defineCollection({ loader: yamlRecords('content/sources.yaml', sourceSchema), schema: sourceSchema });
const entrySchema = makeEntrySchema({ topic: reference('topics'), metric: reference('metrics'), source: reference('sources') });
const entries = defineCollection({ loader: sheets(), schema: entrySchema });
const contentChecks = defineCollection({ loader: contentCheck(), schema: checkResultSchema });

export const collections = { topics, metrics, sources, entries, contentChecks };
