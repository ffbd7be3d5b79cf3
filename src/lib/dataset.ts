/**
 * A sheet described as a schema.org Dataset, so that dataset search engines
 * find its figures and their downloads. Pure: the caller gives addresses.
 */
export interface DatasetInput {
  name: string;
  description: string;
  /** The language of the page's words (BCP 47). */
  language?: string;
  url: string;
  published: string;
  updated: string;
  /** Every figure's period, to cover them all. */
  periods: { start?: string | undefined; end: string }[];
  publisher: { name: string; url: string };
  license: string;
  downloads: { url: string; format: string }[];
  /** The documents the figures come from. */
  citations: { title: string; publisher: string; date: string; url?: string | undefined }[];
  keywords: string[];
}

/** "2024-01-01/2024-10-31": from the earliest start (or end) to the latest end. */
export function temporalCoverage(periods: DatasetInput['periods']): string {
  const starts = periods.map((p) => p.start ?? p.end).sort();
  const ends = periods.map((p) => p.end).sort();
  const from = starts[0] ?? '';
  const to = ends.at(-1) ?? '';
  return from === to ? from : `${from}/${to}`;
}

export function dataset(input: DatasetInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: input.name,
    description: input.description,
    ...(input.language ? { inLanguage: input.language } : {}),
    url: input.url,
    datePublished: input.published,
    dateModified: input.updated,
    temporalCoverage: temporalCoverage(input.periods),
    spatialCoverage: { '@type': 'Place', name: 'Kazakhstan' },
    creator: { '@type': 'Organization', name: input.publisher.name, url: input.publisher.url },
    publisher: { '@type': 'Organization', name: input.publisher.name, url: input.publisher.url },
    license: input.license,
    isAccessibleForFree: true,
    keywords: input.keywords,
    distribution: input.downloads.map((d) => ({ '@type': 'DataDownload', encodingFormat: d.format, contentUrl: d.url })),
    citation: input.citations.map((c) => ({
      '@type': 'CreativeWork',
      name: c.title,
      author: { '@type': 'Organization', name: c.publisher },
      datePublished: c.date,
      ...(c.url ? { url: c.url } : {}),
    })),
  };
}

/** JSON for a <script type="application/ld+json"> block: "<" escaped so no text can close the element. */
export const jsonLd = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');
