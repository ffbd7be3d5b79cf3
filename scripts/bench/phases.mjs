// Where an Astro build's time went, read from its own log: syncing the content
// collections (with the loaders, the content check among them), Vite compiling
// the site (MDX, components, scripts) and generating the pages and files. The
// bench prints these beside the totals, so that a slower build says which step.

/** "7.65s", "431ms" or "1m 8s" as seconds. */
export function parseDuration(text) {
  const m = /^(?:(\d+)m\s*)?(?:(\d+(?:\.\d+)?)s)?$|^(\d+(?:\.\d+)?)ms$/.exec(text.trim());
  if (!m || (m[1] === undefined && m[2] === undefined && m[3] === undefined)) return undefined;
  if (m[3] !== undefined) return Number(m[3]) / 1000;
  return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
}

/** { sync, compile, pages } in seconds from an `astro build` log (colours off); a step the log does not show is undefined. */
export function astroPhases(log) {
  const find = (re) => {
    const m = re.exec(log);
    return m?.[1] === undefined ? undefined : parseDuration(m[1]);
  };
  return {
    sync: find(/\[types\] Generated (\S+(?: \S+s)?)\s*$/m),
    // The first Vite build is the site's; the second, much shorter, its client scripts.
    compile: find(/\[vite\] ✓ built in (\S+(?: \S+s)?)\s*$/m),
    // Route generation ends with the one "✓ Completed" line that carries no [tag].
    pages: find(/^[\d:]+ ✓ Completed in (\S+(?: \S+s)?)\.\s*$/m),
  };
}
