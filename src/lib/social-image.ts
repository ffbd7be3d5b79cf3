/**
 * A sheet's social image: the 1200 × 630 PNG a chat app or social network
 * shows when the sheet's address is shared. It names the publication, the
 * sheet and its headline figure with the source's hedge, drawn with satori
 * (layout to SVG) and resvg (SVG to PNG) from a font shipped in the project's
 * dependencies, so the same input gives the same bytes on every machine.
 *
 * Large previews (Telegram, Slack, X, Facebook) show the whole image; small
 * ones (WhatsApp, iMessage thumbnails) crop a centred square. So the text is
 * centred, the headline figure largest, and nothing sits near the edges.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';

import { socialImageSize } from '../publication.ts';

export interface SocialImageInput {
  publication: string;
  title: string;
  /** The headline figure as the sheet prints it: "more than ₸300 million". */
  value: string;
  /** What it counts, and when: "Money blocked in droppers’ accounts · 2024". */
  label: string;
  /** Bottom line: where the sheet lives. */
  footer: string;
}

const require = createRequire(import.meta.url);
/** Noto Sans, in the subsets the editions need: Latin (with ₸) and Cyrillic (with every Kazakh letter). */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;
type Weight = 400 | 700;

let fonts: { name: string; data: Buffer; weight: Weight; style: 'normal' }[] | undefined;
function loadFonts() {
  fonts ??= SUBSETS.flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      // One family per subset: satori picks one font per family and weight, then falls back along font-family for missing glyphs.
      name: `Noto Sans ${subset}`,
      data: readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

const colors = { bg: '#ffffff', band: '#0b5c7a', text: '#1a2228', muted: '#4a5862', value: '#07445b', line: '#ccd6dc' };

/** A satori element: the shape React elements have, without React. */
interface Node {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | Node | (string | Node)[] | undefined };
}
const box = (style: Node['props']['style'], children?: Node['props']['children']): Node => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });

/** Smaller type for long titles and values, so they fit in their lines rather than being cut. */
const titleSize = (title: string) => (title.length > 70 ? 46 : title.length > 45 ? 54 : 62);
const valueSize = (value: string) => (value.length > 24 ? 64 : value.length > 16 ? 80 : value.length > 10 ? 96 : 112);

export function socialImageTree(input: SocialImageInput): Node {
  return box({ width: '100%', height: '100%', flexDirection: 'column', backgroundColor: colors.bg, fontFamily: SUBSETS.map((subset) => `'Noto Sans ${subset}'`).join(', '), color: colors.text }, [
    box({ height: 18, backgroundColor: colors.band }),
    box({ flexDirection: 'column', alignItems: 'center', textAlign: 'center', flexGrow: 1, padding: '44px 72px 40px' }, [
      box({ fontSize: 30, fontWeight: 700, color: colors.band, letterSpacing: 0.2 }, input.publication),
      box({ justifyContent: 'center', fontSize: titleSize(input.title), fontWeight: 700, lineHeight: 1.15, marginTop: 26, maxWidth: 1000 }, input.title),
      box({ flexGrow: 1 }),
      box({ fontSize: valueSize(input.value), fontWeight: 700, color: colors.value, lineHeight: 1.05 }, input.value),
      box({ justifyContent: 'center', fontSize: 32, color: colors.muted, marginTop: 14, maxWidth: 1000, lineHeight: 1.3 }, input.label),
    ]),
    box({ justifyContent: 'center', borderTop: `2px solid ${colors.line}`, padding: '18px 72px', fontSize: 26, color: colors.muted }, input.footer),
  ]);
}

/** The image as SVG, its text drawn as outlines of the fonts' glyphs. */
export const socialImageSvg = (input: SocialImageInput) => satori(socialImageTree(input), { ...socialImageSize, fonts: loadFonts() });

/** The PNG bytes of a sheet's social image. */
export async function socialImage(input: SocialImageInput): Promise<Buffer> {
  const svg = await socialImageSvg(input);
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}
