import { describe, expect, it } from 'vitest';
import { socialImage, socialImageSvg, type SocialImageInput } from './social-image.ts';

const input: SocialImageInput = {
  publication: 'Kazakhstan Cybercrime Fact Sheets',
  title: 'The anti-fraud center in 2024',
  value: 'more than ₸300 million',
  label: 'Money blocked in droppers’ accounts · 1 January – 31 October 2024',
  footer: 'example.org/2024/anti-fraud-center/',
};

/** Width and height from a PNG's header chunk. */
function pngSize(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The outline satori draws for a text alone in the value line. */
const outline = async (text: string) => (await socialImageSvg({ ...input, title: '', label: '', footer: '', publication: '', value: text })).replace(/\s+/g, ' ');

describe('a sheet’s social image', () => {
  it('is a 1200 × 630 PNG, the same bytes every time', async () => {
    const first = await socialImage(input);
    expect(pngSize(first)).toEqual({ width: 1200, height: 630 });
    expect((await socialImage(input)).equals(first)).toBe(true);
  });

  it('changes when its words change', async () => {
    expect((await socialImage({ ...input, value: 'about ₸300 million' })).equals(await socialImage(input))).toBe(false);
  });

  it('has a glyph for the tenge sign, Cyrillic and every Kazakh letter, not the missing-glyph box', async () => {
    // A private-use character is in no font: what satori draws for it is the missing-glyph box.
    const missing = await outline('\uE000');
    for (const ch of ['₸', '–', '’', 'ж', 'Ё', 'ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і', 'Ә', 'Қ']) {
      expect(await outline(ch), ch).not.toBe(missing);
    }
  });
});
