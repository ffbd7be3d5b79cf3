import { defineCollection, reference } from 'astro:content';
import { yamlRecords } from './loaders/yaml-records';
import { sheets } from './loaders/sheets';
import { topicSchema } from './schemas/topic';
import { metricSchema } from './schemas/metric';
import { sourceSchema } from './schemas/source';
import { makeEntrySchema } from './schemas/entry';

const topics = defineCollection({ loader: yamlRecords('content/topics.yaml'), schema: topicSchema });
const metrics = defineCollection({ loader: yamlRecords('content/metrics.yaml'), schema: metricSchema });
const sources = defineCollection({ loader: yamlRecords('content/sources.yaml'), schema: sourceSchema });
const entries = defineCollection({
  loader: sheets(),
  schema: makeEntrySchema({ topic: reference('topics'), metric: reference('metrics'), source: reference('sources') }),
});

export const collections = { topics, metrics, sources, entries };
