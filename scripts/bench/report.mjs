// How the figures are printed: a few lines per size as it finishes, and at
// the end one Markdown table (a column per size) to paste into the README.

const s = (n) => (n === undefined ? '–' : `${n.toFixed(1)} s`);
const ms = (n) => (n === undefined || !Number.isFinite(n) ? '–' : `${n.toFixed(1)} ms`);
const mb = (n) => (n === undefined ? '–' : `${Math.round(n)} MB`);
const times = (n) => (n === undefined || !Number.isFinite(n) ? '–' : `${n.toFixed(1)}×`);
const int = (n) => (n === undefined ? '–' : n.toLocaleString('en-GB'));

export const perPage = (build) => (build.seconds * 1000) / build.pages;

/** Of several builds of the same folder, the one that took the least time (its memory with it). */
export const fastest = (builds) => builds.reduce((best, build) => (build.seconds < best.seconds ? build : best));

/** The middle value, or the mean of the two middle ones. */
export function median(values) {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Project / bare within each round of builds made back to back, and their
 * median: builds of the same round saw the same machine, which the fastest
 * of each, taken from different rounds, may not have.
 */
export function roundRatios(projects, bares) {
  if (projects.length !== bares.length || projects.length === 0) throw new Error(`rounds need as many project builds as bare ones (${projects.length} and ${bares.length})`);
  const ratios = projects.map((project, i) => project.seconds / bares[i].seconds);
  return { ratios, median: median(ratios) };
}

/** "1.29×, 1.30×, 1.53× (median 1.30×)", as the log line and the table print the rounds. */
export const roundsText = ({ ratios, median: middle }) => `${ratios.map((r) => `${r.toFixed(2)}×`).join(', ')} (median ${middle.toFixed(2)}×)`;

/** Whatever writePdfs returned, seconds rounded: "count 60, seconds 41.2, printed 2, reused 58". */
export function pdfFields(result) {
  return Object.entries(result)
    .map(([key, value]) => `${key} ${typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(1) : typeof value === 'object' ? JSON.stringify(value) : value}`)
    .join(', ');
}

const gb = (n) => `${(n / 1024).toFixed(2)} GB`;

/** Allocation totals of the profiled builds, and the sources that allocated most in the project's. */
export function printAllocations({ project, bare }) {
  console.log(`Allocated by the main thread: project ${gb(project.totalMb)}, bare ${gb(bare.totalMb)} (${times(project.totalMb / bare.totalMb)})`);
  const largest = project.sources.slice(0, 10);
  const width = Math.max(...largest.map((s) => s.source.length));
  console.log("  the project's largest sources, and the bare build's allocations from the same source:");
  for (const { source, mb: size } of largest) {
    const inBare = bare.sources.find((s) => s.source === source);
    console.log(`  ${source.padEnd(width)}  ${mb(size).padStart(7)}  (bare ${inBare ? mb(inBare.mb) : 'none'})`);
  }
}

export function printBuild(label, build) {
  console.log(`${label}: ${int(build.pages)} pages (${int(build.sheetPages)} sheet pages) in ${s(build.seconds)} (CPU ${s(build.cpuSeconds)}), ${ms(perPage(build))} per page, peak ${mb(build.peakMb)}`);
  console.log(`  content sync / Vite compile / pages and files: ${phases(build)}`);
}

/** Astro's three long steps, as its log times them: "7.7 s / 35.9 s / 30.5 s". */
function phases(build) {
  return [build.phases?.sync, build.phases?.compile, build.phases?.pages].map(s).join(' / ');
}

/**
 * The cost of one more page, between two sizes: (t_big − t_small) / (pages_big − pages_small).
 * It leaves out what every build pays once (starting Node, Vite, the browser-independent setup).
 */
export function marginal(results, pick) {
  const out = new Map();
  for (let i = 1; i < results.length; i++) {
    const [small, big] = [pick(results[i - 1]), pick(results[i])];
    out.set(results[i].sheets, { from: results[i - 1].sheets, ms: ((big.seconds - small.seconds) * 1000) / (big.pages - small.pages) });
  }
  return out;
}

export function printMarginal(results) {
  if (results.length < 2) {
    console.log('\nMarginal cost per page: needs two sizes or more (the default is 100 1000).');
    return;
  }
  const project = marginal(results, (r) => r.project);
  const bare = marginal(results, (r) => r.bare);
  console.log('\nMarginal cost per page, (t_big − t_small) / (pages_big − pages_small):');
  for (const [sheets, p] of project) console.log(`  ${p.from} → ${sheets} sheets: project ${ms(p.ms)}, bare ${ms(bare.get(sheets)?.ms)}`);
}

/** The final table: a row per figure, a column per size. */
export function markdownTable(results, machine, options) {
  const project = marginal(results, (r) => r.project);
  const bare = marginal(results, (r) => r.bare);
  const pdf = (r, run) => (r[run] ? `${s(r[run].wall)} (${pdfFields(r[run].result)})` : options.pdf ? '–' : 'skipped (--no-pdf)');
  const rows = [
    ['English sheets × editions', (r) => `${int(r.sheets)} × ${r.corpus.langs.length + 1}`],
    ['Years × topics (generated topics)', (r) => `${r.corpus.years.length} × ${r.corpus.topics.length} (${r.corpus.topics.filter((t) => t.startsWith('generated-')).length})`],
    ['Content check (of it, checking)', (r) => `${s(r.check.seconds)} (${s(r.check.checking)})`],
    ['Project: pages written (sheet pages)', (r) => `${int(r.project.pages)} (${int(r.project.sheetPages)})`],
    ['Project: Astro build, cold', (r) => s(r.project.seconds)],
    ['Project: CPU time, user + system', (r) => s(r.project.cpuSeconds)],
    ['Project: per page', (r) => ms(perPage(r.project))],
    ['Project: peak memory', (r) => mb(r.project.peakMb)],
    ['Project: content sync / Vite compile / pages and files', (r) => phases(r.project)],
    ['Bare: pages written (sheet pages)', (r) => `${int(r.bare.pages)} (${int(r.bare.sheetPages)})`],
    ['Bare: Astro build, cold', (r) => s(r.bare.seconds)],
    ['Bare: CPU time, user + system', (r) => s(r.bare.cpuSeconds)],
    ['Bare: per page', (r) => ms(perPage(r.bare))],
    ['Bare: peak memory', (r) => mb(r.bare.peakMb)],
    ['Bare: content sync / Vite compile / pages and files', (r) => phases(r.bare)],
    ['Project / bare: time', (r) => times(r.project.seconds / r.bare.seconds)],
    ...(options.repeat > 1 ? [['Project / bare: time, round by round', (r) => roundsText(r.rounds)]] : []),
    ['Project / bare: per page', (r) => times(perPage(r.project) / perPage(r.bare))],
    ['Project / bare: CPU time', (r) => times(r.project.cpuSeconds / r.bare.cpuSeconds)],
    ['Project / bare: peak memory', (r) => times(r.project.peakMb / r.bare.peakMb)],
    ['Allocated by the main thread, project / bare (--alloc)', (r) => (r.alloc ? `${gb(r.alloc.project.totalMb)} / ${gb(r.alloc.bare.totalMb)} (${times(r.alloc.project.totalMb / r.alloc.bare.totalMb)})` : options.alloc ? '–' : 'not measured')],
    ['Marginal per page, project', (r) => (project.has(r.sheets) ? `${ms(project.get(r.sheets).ms)} (from ${project.get(r.sheets).from})` : '–')],
    ['Marginal per page, bare', (r) => (bare.has(r.sheets) ? `${ms(bare.get(r.sheets).ms)} (from ${bare.get(r.sheets).from})` : '–')],
    ['Search index (Pagefind)', (r) => `${s(r.search.seconds)} (${int(r.search.indexed)} of ${int(r.search.read)} pages)`],
    ['Social images, cold (every core)', (r) => `${s(r.social.seconds)} (${int(r.social.count)} images)`],
    ['PDFs, cold', (r) => pdf(r, 'pdfCold')],
    ['Astro rebuild after a one-sentence edit (caches kept)', (r) => (r.rebuild ? s(r.rebuild.seconds) : '–')],
    ['PDFs, warm (after that edit)', (r) => pdf(r, 'pdfWarm')],
    ['Largest page, HTML + CSS gzip', (r) => (r.weight.largest ? `${r.weight.largest.htmlCssKb.toFixed(1)} KB (${r.weight.largest.path})` : '–')],
    ['Every page within budget', (r) => (r.weight.within ? 'yes' : `no (${int(r.weight.failures)} over)`)],
  ];
  const header = ['', ...results.map((r) => `${int(r.sheets)} sheets`)];
  const lines = [
    `Measured ${machine.date} on ${machine.cpus}, ${machine.memory} memory, ${machine.os}, Node ${machine.node}; load average at the start ${machine.load}${options.repeat > 1 ? `; each Astro build the fastest of ${options.repeat}, project and bare alternating (project first in odd rounds, bare first in even ones)` : ''}.`,
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map(([name, cell]) => `| ${[name, ...results.map((r) => cell(r).replaceAll('|', '\\|'))].join(' | ')} |`),
  ];
  return lines.join('\n');
}
