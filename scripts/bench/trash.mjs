// What the benchmark throws away (earlier corpora, a build's output before a
// cold build, the caches of a cold step) is moved aside, not deleted, until
// every figure has been measured.
//
// Why: this kind of machine's disk is ext4 without a journal, and there ext4
// will not hand out an inode freed within the last minutes; every file
// created scans past each such inode in its group (`recently_deleted` in
// fs/ext4/ialloc.c). Deleting a build's 15,000 files just before timing the
// next build made that build pay for the deletion: in one test, 11,000 small
// files took 0.3 s to create on a quiet disk and 8–9 s after deletions. The
// project's output has more files than the bare baseline's, so it paid more.
// Renaming frees no inode, and `emptyTrash` runs once the figures are in.
import { lstatSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { benchRoot } from './paths.mjs';

const trashDir = join(benchRoot, '.trash');

let moved = 0;

/** Moves `path` (a file, folder or symlink, even a broken one) into the trash, if it is there. */
export function discard(path, trash = trashDir) {
  if (!lstatSync(path, { throwIfNoEntry: false })) return;
  mkdirSync(trash, { recursive: true });
  // Unique within a run and across runs whose trash was not emptied.
  renameSync(path, join(trash, `${process.pid}-${Date.now()}-${moved++}`));
}

/** Deletes what was discarded; a symlink in it goes, never what it points to. */
export function emptyTrash(trash = trashDir) {
  rmSync(trash, { recursive: true, force: true });
}
