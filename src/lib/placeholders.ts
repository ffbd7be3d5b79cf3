/**
 * Summaries are plain text but quote figures; they write {figure-id} where a
 * figure goes, so that a number is typed once, in the figure, and the summary
 * can never disagree with it.
 */
const TOKEN = /\{([a-z0-9]+(?:-[a-z0-9]+)*)\}/g;

export function placeholderIds(text: string): string[] {
  return [...text.matchAll(TOKEN)].map((m) => m[1] ?? '');
}

export function fillPlaceholders(text: string, format: (id: string) => string | undefined): string {
  return text.replace(TOKEN, (whole, id: string) => format(id) ?? whole);
}
