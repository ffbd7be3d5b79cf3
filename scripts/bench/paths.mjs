// Where the benchmark reads from and writes to. Paths are derived from this
// file and from the system's temporary folder, never written out, so the
// benchmark runs the same from any checkout on any machine.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project being measured: two folders up from scripts/bench/. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Every corpus lives under one folder, so a stale one is easy to find and remove. */
export const benchRoot = join(tmpdir(), 'kz-bench');

/** The corpus of one size: a copy of the project at <tmp>/kz-bench/<N>/, its bare baseline at …/<N>/bare/. */
export const corpusDir = (sheets) => join(benchRoot, String(sheets));
export const bareDir = (sheets) => join(corpusDir(sheets), 'bare');
