/**
 * `run`, called once the calls to the returned function have stopped for
 * `ms`: a burst of file events (a save in place empties the file, then writes
 * it) gives one run, on the file as it ends up. An error from `run`, thrown
 * or as a rejected promise, goes to `failed`, since no caller is left to catch it.
 */
export function afterQuiet(run: () => void | Promise<void>, ms: number, failed: (error: unknown) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      try {
        run()?.catch(failed);
      } catch (error) {
        failed(error);
      }
    }, ms);
  };
}
