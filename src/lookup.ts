import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { oncePerBuild } from './lib/once-per-build.ts';

/**
 * Entries by id, for the lookups every page repeats: a figure's metric and
 * source, a topic, their words in an edition, a sheet's translation. Astro's
 * getEntry copies an entry and re-resolves its data on every call; at a
 * thousand sheets in three editions that was over a second of the build. A
 * build reads each collection once into a table (src/lib/once-per-build.ts).
 */
function byId<C extends CollectionKey>(collection: C): (id: string) => Promise<CollectionEntry<C> | undefined> {
  const table = oncePerBuild(async () => new Map((await getCollection(collection)).map((entry) => [entry.id, entry])));
  return async (id) => (await table()).get(id);
}

export const lookup = {
  metrics: byId('metrics'),
  sources: byId('sources'),
  topics: byId('topics'),
  metricTexts: byId('metricTexts'),
  topicTexts: byId('topicTexts'),
  sourceTexts: byId('sourceTexts'),
  translations: byId('translations'),
};
