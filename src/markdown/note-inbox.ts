import type { FootnoteDefinition } from 'mdast';
import type { PluginFactoryContext } from 'satteri';

/**
 * The citations' notes, handed to the notes plugin of the same file as the
 * plain nodes the citations plugin made. Appended to the tree instead, they
 * went to Sätteri and the notes plugin read each one back as a copy: about
 * 0.2 s of CPU in a 1,000-sheet build. The key is the file's plugin context,
 * which Sätteri gives every plugin of one file's list; were it ever one per
 * plugin, the citations plugin finds no inbox and appends its notes to the
 * tree, where the notes plugin reads them as before.
 */
const inboxes = new WeakMap<PluginFactoryContext, FootnoteDefinition[]>();

/** Opened by the notes plugin for a file; the notes put in it are listed with the file's own. */
export function openNoteInbox(file: PluginFactoryContext): FootnoteDefinition[] {
  const inbox: FootnoteDefinition[] = [];
  inboxes.set(file, inbox);
  return inbox;
}

/** The file's inbox, when a notes plugin after this one opened it. */
export const noteInbox = (file: PluginFactoryContext): FootnoteDefinition[] | undefined => inboxes.get(file);
