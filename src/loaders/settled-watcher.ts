import type { LoaderContext } from 'astro/loaders';

/** What `settled` needs of a watcher: the dev server's (Vite's FSWatcher) has it, as has any event emitter. */
export interface Watcher {
  on(event: string, listener: (path: string, ...rest: unknown[]) => void): unknown;
}

/** How long a content file must be still before `npm run dev` reads it again. */
export const SETTLE_MS = 60;

/**
 * The dev server's watcher as the content loaders should hear it. A save in
 * place reaches the watcher as the file emptied, then written, and the second
 * event can be lost: the watcher drops an event that comes within 5 ms of the
 * last one, or that leaves the modification time as it was. A loader that read
 * the file on the first event would keep it empty, and the page broken, until
 * the next save. So a file's "add" and "change" reach a listener once that
 * file has been still for `ms`, and the listener reads it as saved. Every
 * other event, and every other method, is the watcher's own.
 */
export function settled<W extends Watcher>(watcher: W, ms = SETTLE_MS): W {
  const proxy = new Proxy(watcher, {
    get(target, key) {
      if (key === 'on') return on;
      const value: unknown = Reflect.get(target, key);
      // The watcher's methods keep the watcher as `this` (its private state is there).
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  function on(event: string, listener: (path: string, ...rest: unknown[]) => void): W {
    watcher.on(event, event === 'add' || event === 'change' ? perPath(listener, ms) : listener);
    return proxy;
  }
  return proxy;
}

/** `listener`, called once a path's events have stopped for `ms`, with the latest event's arguments. */
function perPath(listener: (path: string, ...rest: unknown[]) => void, ms: number) {
  const waiting = new Map<string, ReturnType<typeof setTimeout>>();
  return (path: string, ...rest: unknown[]) => {
    clearTimeout(waiting.get(path));
    waiting.set(
      path,
      setTimeout(() => {
        waiting.delete(path);
        listener(path, ...rest);
      }, ms),
    );
  };
}

/**
 * A loader that reads whole files itself: watches them in `npm run dev` and
 * runs `sync` again once one of them has been saved and is still.
 */
export function syncWhenSaved(watcher: LoaderContext['watcher'], paths: readonly string[], sync: () => Promise<void>): void {
  if (!watcher) return;
  watcher.add([...paths]);
  settled(watcher).on('change', (changed) => {
    if (paths.includes(changed)) void sync();
  });
}
