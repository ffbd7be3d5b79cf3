/**
 * What `make` returns for an object and a key, made once and kept while the
 * object lives: for work that pages and files of one build share (a figure
 * resolved in an edition, a sheet's rows and files). Callers skip it in dev,
 * where the content may change between requests.
 */
export function remember<O extends object, V>(store: WeakMap<O, Map<string, V>>, owner: O, key: string, make: () => V): V {
  let byKey = store.get(owner);
  if (!byKey) store.set(owner, (byKey = new Map()));
  let value = byKey.get(key);
  if (value === undefined) byKey.set(key, (value = make()));
  return value;
}
