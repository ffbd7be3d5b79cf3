import type { Properties } from 'hast';

/**
 * Sätteri, as mdast-util-to-hast does, renders a Markdown node as the HTML
 * element `data.hName` names, with `data.hProperties` as its attributes: the
 * notes and citations build their marks and links this way.
 */
declare module 'mdast' {
  interface Data {
    hName?: string | undefined;
    hProperties?: Properties | undefined;
  }
}

export {};
