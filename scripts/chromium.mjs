// Finds a Chromium for Playwright (tests now, PDFs later). Playwright cannot
// download its own browser on machines without internet access, so a system
// Chromium is used where Playwright's is missing.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Path to a Chromium binary, or undefined to use Playwright's own. */
export function findChromium() {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`CHROMIUM_PATH is set to ${chosen}, but there is no file there. Point it at a Chromium binary, or unset it.`);
    return chosen;
  }
  let own;
  try {
    own = chromium.executablePath();
  } catch {
    own = undefined;
  }
  if (own && existsSync(own)) return undefined;
  return SYSTEM.find((path) => existsSync(path)) ?? null;
}

/** Flags that keep a headless Chromium off the network and quiet in containers. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Makes sure a Chromium exists: on a fresh Debian machine, as root, installs
 * the chromium package; otherwise stops with a message saying how to get one.
 */
export function ensureChromium() {
  const found = findChromium();
  if (found !== null) return found;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing the Debian chromium package (about 30 s)...');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    const installed = findChromium();
    if (installed !== null) return installed;
  }
  throw new Error(
    'No Chromium found for Playwright. Install one of: `npx playwright install chromium` (needs internet), ' +
      "the Debian package (`sudo apt-get install chromium`), or set CHROMIUM_PATH to a Chromium binary.",
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const path = ensureChromium();
    console.log(`Chromium: ${path ?? "Playwright's own"}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
