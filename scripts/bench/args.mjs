// The command line: `npm run bench -- [sizes…] [--no-pdf] [--repeat N] [--alloc]`.
// Sizes are numbers of English sheets; each must fill whole years of ten topics.

export const DEFAULT_SIZES = [100, 1000];
/** Ten topics a year, and the sheet schema accepts years 2000–2100: 101 years at most. */
export const TOPICS_PER_YEAR = 10;
export const MAX_SHEETS = 101 * TOPICS_PER_YEAR;

const USAGE = 'Usage: npm run bench -- [sheets …] [--no-pdf] [--repeat N] [--alloc]   for example: npm run bench -- 20 --no-pdf';
/** Builds of each kind per size, alternating project and bare; the fastest of each is reported. */
export const MAX_REPEAT = 5;

export function parseArgs(argv) {
  const sizes = [];
  let pdf = true;
  let repeat = 1;
  let alloc = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-pdf') pdf = false;
    else if (arg === '--alloc') alloc = true;
    else if (arg === '--repeat' || arg.startsWith('--repeat=')) {
      const value = arg === '--repeat' ? argv[++i] : arg.slice('--repeat='.length);
      repeat = Number(value);
      if (!Number.isInteger(repeat) || repeat < 1 || repeat > MAX_REPEAT) throw new Error(`--repeat ${value ?? ''}: give a whole number of builds from 1 to ${MAX_REPEAT}.\n${USAGE}`);
    } else if (arg === '--help' || arg === '-h') throw new Error(USAGE);
    else if (/^\d+$/.test(arg)) sizes.push(Number(arg));
    else throw new Error(`Unknown argument "${arg}".\n${USAGE}`);
  }
  for (const n of sizes) {
    if (n < TOPICS_PER_YEAR || n % TOPICS_PER_YEAR !== 0 || n > MAX_SHEETS) {
      throw new Error(`${n} sheets: a size must be a multiple of ${TOPICS_PER_YEAR} between ${TOPICS_PER_YEAR} and ${MAX_SHEETS} (ten topics a year, years 2000–2100).\n${USAGE}`);
    }
  }
  // Smallest first: the marginal cost per page compares each size with the one before it.
  const unique = [...new Set(sizes.length > 0 ? sizes : DEFAULT_SIZES)].sort((a, b) => a - b);
  return { sizes: unique, pdf, repeat, alloc };
}
