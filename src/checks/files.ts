/**
 * The content folder as texts, wherever it was read from: the working tree
 * (the check, the build, `npm run dev`) or a git revision (the figure diff).
 * Paths are relative to the project: content/entries/2025/detection.mdx.
 */
export interface TextFile {
  file: string;
  text: string;
}

export interface ContentFiles {
  topics: TextFile;
  metrics: TextFile;
  sources: TextFile;
  /** Every file under content/entries, whatever its name, so that a misplaced one is caught. */
  sheets: TextFile[];
  /** The methodology and glossary page, in English. */
  about: TextFile;
  /** Every file under content/translations. */
  translations: TextFile[];
}

export const ENTRIES = 'content/entries';
export const DATA_FILES = { topics: 'content/topics.yaml', metrics: 'content/metrics.yaml', sources: 'content/sources.yaml', about: 'content/about.yaml' } as const;
export const TRANSLATIONS_DIR = 'content/translations';
