// Finds a Chromium for Playwright (tests, PDFs, screenshots) and for
// Lighthouse. Playwright cannot download its own browser on machines without
// internet access, so a system Chromium is used where Playwright's is missing.
//
// Headless work prefers Debian's chromium-headless-shell: the same Blink as the
// full browser (the PDFs are byte-identical) without the full browser's UI
// layers, which is also what Playwright itself runs headless. On this kind of
// machine it opens a page in about 0.15 s instead of 0.4 s and prints a sheet
// in about 0.4 s instead of 0.9 s. Lighthouse needs the full browser.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';

/** Where Debian and other systems put each kind of Chromium, best first. */
export const SYSTEM = {
  headless: ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
  full: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
};
/** The Debian package that provides each kind. */
const PACKAGE = { headless: 'chromium-headless-shell', full: 'chromium' };

/**
 * The choice itself, kept apart from the machine so that it can be tested:
 * CHROMIUM_PATH if set, then Playwright's own browser (undefined), then the
 * first system binary of the kind asked for, else null.
 */
export function chooseChromium(kind, { chosen, own, exists }) {
  if (chosen) {
    if (!exists(chosen)) throw new Error(`CHROMIUM_PATH is set to ${chosen}, but there is no file there. Point it at a Chromium binary, or unset it.`);
    return chosen;
  }
  if (own && exists(own)) return undefined;
  return SYSTEM[kind].find((path) => exists(path)) ?? null;
}

/** Path to a Chromium binary of the kind asked for, undefined to use Playwright's own, or null when there is none. */
export function findChromium(kind = 'headless') {
  let own;
  try {
    own = chromium.executablePath();
  } catch {
    own = undefined;
  }
  return chooseChromium(kind, { chosen: process.env.CHROMIUM_PATH, own, exists: existsSync });
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
 * Makes sure a Chromium of the kind asked for exists: on a Debian machine
 * without it, as root, installs its package; otherwise uses another Chromium
 * found, or stops with a message saying how to get one.
 */
export function ensureChromium(kind = 'headless') {
  const found = findChromium(kind);
  if (found === undefined || found === SYSTEM[kind][0] || process.env.CHROMIUM_PATH) return found;
  // Another system browser works too, but where the project may install, it installs the preferred one beside it.
  if (canInstall()) {
    console.log(`Installing the Debian ${PACKAGE[kind]} package for Playwright (10–30 s)...`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
      execFileSync('apt-get', ['install', '-y', '-qq', PACKAGE[kind]], { stdio: 'inherit', env });
    } catch {
      console.log(`Could not install ${PACKAGE[kind]}; going on with ${found ?? 'no Chromium'}.`);
    }
    const installed = findChromium(kind);
    if (installed !== null) return installed;
  }
  if (found !== null) return found;
  throw new Error(
    'No Chromium found for Playwright. Install one of: `npx playwright install chromium` (needs internet), ' +
      `the Debian package (\`sudo apt-get install ${PACKAGE[kind]}\`), or set CHROMIUM_PATH to a Chromium binary.`,
  );
}

/** As root on Debian, the project installs what it needs. */
function canInstall() {
  return typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/bin/apt-get');
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
