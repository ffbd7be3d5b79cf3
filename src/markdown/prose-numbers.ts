/**
 * Numbers typed into prose instead of shown from a figure: "15,905 cases",
 * "20%", "₸962 million", "2.5 thousand". A figure typed twice can disagree
 * with itself; one shown with <Fig id="…"/> cannot. Years (2024), days of the
 * month and small counts are prose, not figures, and pass.
 */
const UNIT = String.raw`(?:%|per ?cent\b|percent\b|₸|tenge\b|KZT\b|rubles?\b|roubles?\b|MCI\b|days?\b|million\b|billion\b|thousand\b|mln\b|bn\b)`;
const NUMBER = new RegExp(String.raw`(?<![\p{L}\p{N}_@-])(₸\s?)?(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:\.\d+)?(?!\d)|\d+(?:[.,]\d+)?)(\s?${UNIT})?`, 'giu');

export interface TypedNumber {
  /** Offset of the match in the text. */
  index: number;
  text: string;
}

const isYear = (digits: string) => /^(19|20)\d\d$/.test(digits);

export function typedNumbers(text: string): TypedNumber[] {
  const out: TypedNumber[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const [whole, currency, digits = '', unit] = m;
    const plain = digits.replace(/[^\d]/g, '');
    const flagged = currency !== undefined || unit !== undefined || (plain.length >= 4 && !(isYear(digits)));
    if (flagged) out.push({ index: m.index, text: whole.trim() });
  }
  return out;
}


/**
 * Stretches of a text inside quotation marks: a source's own words are
 * quoted as they were said, numbers included.
 */
export function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const pairs: [string, string][] = [['“', '”'], ['«', '»'], ['"', '"']];
  for (const [open, close] of pairs) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(open, from);
      if (start < 0) break;
      const end = text.indexOf(close, start + 1);
      if (end < 0) break;
      ranges.push([start, end]);
      from = end + 1;
    }
  }
  return ranges;
}

/** Typed numbers outside quotations. */
export function unquotedNumbers(text: string): TypedNumber[] {
  const quoted = quotedRanges(text);
  return typedNumbers(text).filter((n) => !quoted.some(([a, b]) => n.index > a && n.index < b));
}
