/**
 * What `make` gives, made once and shared by every page of a build; made
 * afresh for each call in `npm run dev`, where content changes between
 * requests. For the lookups and groupings every page repeats.
 */
export function oncePerBuild<T>(make: () => Promise<T>, afresh: boolean = import.meta.env.DEV): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (afresh ? make() : (made ??= make()));
}
