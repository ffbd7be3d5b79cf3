import { defineCollection, reference } from 'astro:content';
import { yamlRecords } from './loaders/yaml-records';
import { sheets } from './loaders/sheets';
import { topicSchema } from './schemas/topic';
import { metricSchema } from './schemas/metric';
import { sourceSchema } from './schemas/source';
import { makeEntrySchema } from './schemas/entry';

const topics = defineCollection({ loader: yamlRecords('content/topics.yaml', topicSchema), schema: topicSchema });
const metrics = defineCollection({ loader: yamlRecords('content/metrics.yaml', metricSchema), schema: metricSchema });
const sources = defineCollection({ loader: yamlRecords('content/sources.yaml', sourceSchema), schema: sourceSchema });
const entrySchema = makeEntrySchema({ topic: reference('topics'), metric: reference('metrics'), source: reference('sources') });
const entries = defineCollection({ loader: sheets(entrySchema), schema: entrySchema });

export const collections = { topics, metrics, sources, entries };
