// Every measurement of one size, in the order a real build runs its steps:
// corpus and check, cold Astro builds of the project and of the bare
// baseline (with --alloc, one more of each to count allocations), search
// index, social images, cold PDFs, page weight, then one edit, a rebuild and
// warm PDFs.
import { join } from 'node:path';
import { astroBuild } from './astro-build.mjs';
import { makeBare, setOtherPages } from './bare.mjs';
import { contentCheck } from './content-check.mjs';
import { otherPages } from './html-pages.mjs';
import { makeCorpus } from './corpus.mjs';
import { bareDir, corpusDir } from './paths.mjs';
import { writeCorpusPdfs } from './pdf-step.mjs';
import { fastest, pdfFields, printAllocations, printBuild, roundRatios, roundsText } from './report.mjs';
import { searchIndex } from './search-step.mjs';
import { socialImages } from './social-step.mjs';
import { pageWeight } from './size-step.mjs';
import { changeOneSentence } from './warm-edit.mjs';

const step = (text) => console.log(`\n· ${text}`);

export async function benchSize(sheets, options) {
  const dir = corpusDir(sheets);
  const bare = bareDir(sheets);
  console.log(`\n=== ${sheets} sheets: corpus in ${dir} ===`);

  step('generating the corpus');
  const corpus = makeCorpus(dir, sheets);
  const generatedTopics = corpus.topics.filter((t) => t.startsWith('generated-')).length;
  console.log(`${corpus.sheets} sheets (${corpus.copies} copies, ${corpus.kept} real sheets kept in place) in ${corpus.years.length} years (${corpus.years[0]}…${corpus.years.at(-1)}) × ${corpus.topics.length} topics (${generatedTopics} generated), translated into ${corpus.langs.join(', ')}`);

  step('content check (node scripts/check.ts)');
  const check = contentCheck(dir);
  console.log(check.summary);

  step('bare baseline');
  makeBare(bare, dir, corpus.langs);
  console.log(`written in ${bare}`);

  // On a shared machine one build of either can be a third slower than the next: with
  // --repeat, builds alternate and the fastest of each is kept. Each round is a pair built
  // back to back, the project first in odd rounds and the bare baseline first in even ones
  // (project, bare, bare, project, …), so that a machine slowing down or speeding up
  // during the run favours neither; the ratio within each round is printed too.
  const projects = [];
  const bares = [];
  for (let round = 1; round <= options.repeat; round++) {
    const of = options.repeat > 1 ? ` (${round} of ${options.repeat})` : '';
    const buildProject = () => {
      step(`Astro build of the project, cold${of}`);
      projects.push(astroBuild(dir, { label: `The project's build of ${sheets} sheets` }));
      printBuild('Project', projects.at(-1));
    };
    const buildBare = () => {
      // The baseline writes the same addresses: the sheets from their MDX, every other page plain.
      if (round === 1) setOtherPages(bare, otherPages(join(dir, 'dist')));
      step(`Astro build of the bare baseline, cold${of}`);
      bares.push(astroBuild(bare, { label: `The bare baseline's build of ${sheets} sheets` }));
      printBuild('Bare', bares.at(-1));
    };
    // The first round needs the project's pages before the baseline can copy their addresses.
    for (const build of round % 2 === 1 ? [buildProject, buildBare] : [buildBare, buildProject]) build();
  }
  const project = fastest(projects);
  const bareBuild = fastest(bares);
  const rounds = roundRatios(projects, bares);
  if (options.repeat > 1) console.log(`Kept the fastest of ${options.repeat}: project ${project.seconds.toFixed(1)} s, bare ${bareBuild.seconds.toFixed(1)} s; project / bare round by round: ${roundsText(rounds)}`);
  if (bareBuild.pages !== project.pages || bareBuild.sheetPages !== project.sheetPages) console.log(`Note: the bare baseline wrote ${bareBuild.pages} pages (${bareBuild.sheetPages} sheet pages), the project ${project.pages} (${project.sheetPages}).`);
  console.log(`Project / bare: ${(project.seconds / bareBuild.seconds).toFixed(1)}× the time, ${(project.peakMb / bareBuild.peakMb).toFixed(1)}× the peak memory`);

  let alloc;
  if (options.alloc) {
    // Not the timed builds: the profiler slows a build down.
    step("what each build's main thread allocates: one more cold build of each, with V8's sampling heap profiler (not timed)");
    alloc = {
      project: astroBuild(dir, { label: `The project's profiled build of ${sheets} sheets`, log: 'astro-alloc.log', alloc: true }).alloc,
      bare: astroBuild(bare, { label: `The bare baseline's profiled build of ${sheets} sheets`, log: 'astro-alloc.log', alloc: true }).alloc,
    };
    printAllocations(alloc);
  }

  step('search index (Pagefind), as npm run build writes it');
  const search = await searchIndex(dir);
  console.log(`${search.indexed} of ${search.read} pages indexed in ${search.seconds.toFixed(1)} s`);

  step('social images, cold (no .astro/social-cache), as npm run build renders them');
  const social = await socialImages(dir);
  console.log(`${social.count} images in ${social.seconds.toFixed(1)} s (${social.rendered} rendered)`);

  let pdfCold;
  if (options.pdf) {
    step('PDFs, cold (no .astro/pdf-cache)');
    pdfCold = await writeCorpusPdfs(dir, { cold: true, label: 'The cold PDF step' });
    console.log(`${pdfCold.wall.toFixed(1)} s: ${pdfFields(pdfCold.result)}`);
  }

  step('page weight (scripts/size.mjs)');
  const weight = pageWeight(dir);
  if (weight.largest) console.log(`Largest page HTML + CSS (gzip): ${weight.largest.htmlCssKb.toFixed(1)} KB, ${weight.largest.path} (${weight.largest.kind})`);
  console.log(`${weight.within ? 'Every page within budget' : `Over budget: ${weight.failures} problem(s)`}; the report's last lines:\n${weight.lastLines.replace(/^/gm, '  ')}`);

  let rebuild;
  let pdfWarm;
  if (options.pdf) {
    step('one sentence changed, Astro rebuild with its caches, PDFs again (warm)');
    const edited = changeOneSentence(dir, `${corpus.years[0]}/${corpus.topics[0]}`);
    console.log(`changed ${edited.file}, line ${edited.line}`);
    rebuild = astroBuild(dir, { label: `The project's rebuild after the edit`, cold: false, log: 'astro-rebuild.log' });
    printBuild('Rebuild', rebuild);
    pdfWarm = await writeCorpusPdfs(dir, { cold: false, label: 'The warm PDF step' });
    console.log(`${pdfWarm.wall.toFixed(1)} s: ${pdfFields(pdfWarm.result)}`);
  }

  return { sheets, dir, corpus, check, project, bare: bareBuild, rounds, alloc, search, social, pdfCold, weight, rebuild, pdfWarm };
}
