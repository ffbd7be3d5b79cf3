// A generated corpus of N sheets: a copy of the project whose content/ holds
// N/10 years × 10 topics, every sheet with its Russian and Kazakh translation.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from './copy-project.mjs';
import { writeTopics } from './topics.mjs';
import { writeSheets } from './sheets.mjs';

/** The editions with translations: the folders of content/translations/ (ru, kk). */
function translationLangs(dir) {
  const root = join(dir, 'content/translations');
  return readdirSync(root).filter((name) => /^[a-z]{2}$/.test(name) && statSync(join(root, name)).isDirectory()).sort();
}

export function makeCorpus(dir, sheets) {
  copyProject(dir);
  const langs = translationLangs(dir);
  const topics = writeTopics(dir, langs);
  const written = writeSheets(dir, topics, sheets, langs);
  return { ...written, topics, langs };
}
