// Renders the social images listed in a jobs file (written by
// scripts/social-images.mjs), each to its cache file. One process renders a
// share of the images; the fonts load once per process.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { socialImage, type SocialImageInput } from '../src/lib/social-image.ts';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: node scripts/social-render.ts <jobs.json>');
const jobs = JSON.parse(readFileSync(file, 'utf8')) as { input: SocialImageInput; out: string }[];
for (const { input, out } of jobs) {
  // Written whole or not at all: an interrupted build never leaves half an image in the cache.
  writeFileSync(`${out}.part`, await socialImage(input));
  renameSync(`${out}.part`, out);
}
