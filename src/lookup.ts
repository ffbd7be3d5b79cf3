import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';

/**
 * Entries by id, for the lookups every page repeats: a figure's metric and
 * source, a topic, their words in an edition, a sheet's translation. Astro's
 * getEntry copies an entry and re-resolves its data on every call; at a
 * thousand sheets in three editions that was over a second of the build. A
 * build reads each collection once into a table; `npm run dev`, where content
 * changes between requests, reads it afresh for each lookup.
 */
function byId<C extends CollectionKey>(collection: C): (id: string) => Promise<CollectionEntry<C> | undefined> {
  let table: Promise<ReadonlyMap<string, CollectionEntry<C>>> | undefined;
  return async (id) => {
    if (import.meta.env.DEV) return (await getCollection(collection, (entry) => entry.id === id))[0];
    table ??= getCollection(collection).then((all) => new Map(all.map((entry) => [entry.id, entry])));
    return (await table).get(id);
  };
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
