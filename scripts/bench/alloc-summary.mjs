// What a build's main thread allocated, from V8's sampling heap profile
// (HeapProfiler.stopSampling): the total and the sources that allocated most.
// Allocations are a figure the machine's load does not move, where a build's
// time on this shared machine can move by a fifth from one build to the next.

/**
 * The source of a function's allocations, from its script's address: the
 * package for code under node_modules, the compiled chunk for the pages Astro
 * prerenders (`dist/.prerender/chunks/content_DVO-jWkW.mjs` → `chunk content`,
 * without the hash that changes with every build), Node's own modules, and
 * V8's built-ins (JSON, strings, arrays), which have no address.
 */
export function allocationSource(url) {
  if (!url) return 'V8 built-ins';
  if (url.startsWith('node:')) return 'Node';
  // The last node_modules in the address: a package inside another, or in a .pnpm store.
  const pkg = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const chunk = /\/chunks\/(.+?)(?:_[A-Za-z0-9_-]{8})?\.mjs(?:\?.*)?$/.exec(url);
  if (chunk) return `chunk ${chunk[1]}`;
  const project = /\/(src\/.+?)(?:\?.*)?$/.exec(url);
  if (project) return project[1];
  return url.slice(url.lastIndexOf('/') + 1) || url;
}

/**
 * { totalMb, sources: [{ source, mb }] }, from a sampling heap profile's tree:
 * every source, largest first, so that the bare build's figure for any of the
 * project's largest sources can be read beside it.
 */
export function summarizeAllocations(profile) {
  const bySource = new Map();
  let total = 0;
  const stack = [profile.head];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node.selfSize > 0) {
      total += node.selfSize;
      const source = allocationSource(node.callFrame.url);
      bySource.set(source, (bySource.get(source) ?? 0) + node.selfSize);
    }
    stack.push(...(node.children ?? []));
  }
  const mb = (bytes) => bytes / 1048576;
  const sources = [...bySource].sort((a, b) => b[1] - a[1]).map(([source, bytes]) => ({ source, mb: mb(bytes) }));
  return { totalMb: mb(total), sources };
}
