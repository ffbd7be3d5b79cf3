import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { packManifest, unpackManifest } from './manifest-format';

/** The manifest as Astro writes it: the stream read to its end, as a Response reads it. */
const pack = async (head: Record<string, unknown>, texts: readonly { path: string; text: string }[]) => new Uint8Array(await new Response(packManifest(head, texts)).arrayBuffer());

const files = [
  { path: '/2025/detection.csv', text: 'sheet,year\n2025/detection,2025\n' },
  // Kazakh letters take two bytes each in UTF-8: lengths are counted in bytes, not characters.
  { path: '/kk/2025/detection.csv', text: 'парақ,жыл\nАнықтау — ұрлық, 2025\n' },
  { path: '/2025/empty.csv', text: '' },
];

describe('the build manifest', () => {
  it('gives back every file with its exact bytes, and everything else as it was', async () => {
    const { head, files: out } = unpackManifest(await pack({ pdf: { sheets: [] }, social: [] }, files));
    expect(head).toEqual({ pdf: { sheets: [] }, social: [] });
    expect(out.map(({ path, bytes }) => ({ path, text: bytes.toString('utf8') }))).toEqual(files);
  });

  it('refuses an address outside the site', async () => {
    const packed = await pack({}, [{ path: '/2025/../../etc/x', text: 'x' }]);
    expect(() => unpackManifest(packed)).toThrow('files[0] has the address /2025/../../etc/x, outside the site');
    const relative = await pack({}, [{ path: '2025/x.csv', text: '' }]);
    expect(() => unpackManifest(relative)).toThrow('outside the site');
  });

  it('refuses a manifest whose texts and list disagree, as a cut-off file would', async () => {
    const packed = await pack({}, files);
    expect(() => unpackManifest(packed.subarray(0, packed.length - 3))).toThrow(/counts \d+ bytes of text, and \d+ follow it/);
    expect(() => unpackManifest(Buffer.from('{"files":[["/a.csv",-1]]}\n'))).toThrow('files[0] must be an address and a length in bytes');
    expect(() => unpackManifest(Buffer.from('{"files":{}}\n'))).toThrow('files must be a list');
    expect(() => unpackManifest(Buffer.from('{"files":[]}'))).toThrow('no line of JSON');
  });
});
