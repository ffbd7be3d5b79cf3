import { afterEach, describe, expect, it } from 'vitest';
import { ensureChromium, findChromium } from './chromium.mjs';

const saved = process.env['CHROMIUM_PATH'];
afterEach(() => {
  if (saved === undefined) delete process.env['CHROMIUM_PATH'];
  else process.env['CHROMIUM_PATH'] = saved;
});

describe('finding a Chromium for tests and PDFs', () => {
  it('uses the binary CHROMIUM_PATH names', () => {
    process.env['CHROMIUM_PATH'] = process.execPath;
    expect(findChromium()).toBe(process.execPath);
  });
  it('stops with a clear message when CHROMIUM_PATH names nothing', () => {
    process.env['CHROMIUM_PATH'] = '/no/such/chromium';
    expect(() => ensureChromium()).toThrow('CHROMIUM_PATH is set to /no/such/chromium, but there is no file there.');
  });
});
