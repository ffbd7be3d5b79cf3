import { afterEach, describe, expect, it } from 'vitest';
import { chooseChromium, ensureChromium, findChromium, SYSTEM } from './chromium.mjs';

const saved = process.env['CHROMIUM_PATH'];
afterEach(() => {
  if (saved === undefined) delete process.env['CHROMIUM_PATH'];
  else process.env['CHROMIUM_PATH'] = saved;
});

/** A machine with only these files. */
const machine = (...files: string[]) => ({ exists: (path: string) => files.includes(path) });

describe('finding a Chromium for tests and PDFs', () => {
  it('uses the binary CHROMIUM_PATH names', () => {
    process.env['CHROMIUM_PATH'] = process.execPath;
    expect(findChromium()).toBe(process.execPath);
  });
  it('stops with a clear message when CHROMIUM_PATH names nothing', () => {
    process.env['CHROMIUM_PATH'] = '/no/such/chromium';
    expect(() => ensureChromium()).toThrow('CHROMIUM_PATH is set to /no/such/chromium, but there is no file there.');
  });
  it('prefers the headless shell for headless work, and the full browser for Lighthouse', () => {
    const both = { ...machine('/usr/bin/chromium', '/usr/bin/chromium-headless-shell'), chosen: undefined, own: undefined };
    expect(chooseChromium('headless', both)).toBe('/usr/bin/chromium-headless-shell');
    expect(chooseChromium('full', both)).toBe('/usr/bin/chromium');
  });
  it('does headless work with the full browser when the shell is missing, but never runs Lighthouse in the shell', () => {
    expect(chooseChromium('headless', { ...machine('/usr/bin/chromium'), chosen: undefined, own: undefined })).toBe('/usr/bin/chromium');
    expect(chooseChromium('full', { ...machine('/usr/bin/chromium-headless-shell'), chosen: undefined, own: undefined })).toBeNull();
  });
  it('lets Playwright use its own browser where it is installed', () => {
    expect(chooseChromium('headless', { ...machine('/pw/chrome', ...SYSTEM.headless), chosen: undefined, own: '/pw/chrome' })).toBeUndefined();
  });
});
