// Fails when a dependency is a major version behind its latest release, except
// those held back on purpose, each with its reason. Run by the pull-request
// workflow (`node scripts/outdated.mjs`); `npm outdated` itself lists every update.
import { execFileSync } from 'node:child_process';

/** Majors not taken yet, and why: remove an entry once its reason is gone. @type {Record<string, string>} */
export const HELD = {
  typescript: '@astrojs/check (astro check) supports TypeScript 5 and 6 only',
  'js-yaml': 'Astro reads frontmatter with js-yaml 4 (astro, @astrojs/internal-helpers), and the content check must read it as Astro does',
};

const major = (version) => Number(String(version).split('.')[0]);

/**
 * The dependencies a major version behind, from `npm outdated --json`, without the held ones.
 * @param {Record<string, { current?: string; latest?: string }>} outdated
 * @param {Record<string, string>} held
 */
export function majorsBehind(outdated, held = HELD) {
  return Object.entries(outdated)
    .filter(([name, d]) => d.current && d.latest && major(d.latest) > major(d.current) && !(name in held))
    .map(([name, d]) => `${name} ${d.current} → ${d.latest}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let json = '{}';
  try {
    json = execFileSync('npm', ['outdated', '--json'], { encoding: 'utf8' });
  } catch (error) {
    // npm outdated exits 1 whenever anything is outdated; its JSON is still on stdout.
    json = error.stdout || '{}';
  }
  const behind = majorsBehind(JSON.parse(json));
  for (const [name, why] of Object.entries(HELD)) console.log(`held: ${name} (${why})`);
  if (behind.length) {
    console.error(`A major version behind:\n${behind.join('\n')}`);
    process.exit(1);
  }
  console.log('No dependency is a major version behind.');
}
