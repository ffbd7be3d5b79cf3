/**
 * Reads a figure as an edition prints it back into a value and a hedge, to
 * hold every edition to the same typed figure: «более 5 000» and
 * «5 000-нан астам» are both "more than 5000".
 */
export interface ReadFigure {
  value: number;
  qualifiers: string[];
}

const RU: [RegExp, string][] = [
  [/^более\s/, 'more than'],
  [/^свыше\s/, 'over'],
  [/^около\s/, 'about'],
  [/^почти\s/, 'almost'],
  [/^до\s/, 'up to'],
];
// Kazakh says "more than" and "over" alike (астам), so either reading is right.
const KK: [RegExp, string[]][] = [
  [/-?(?:нан|нен|дан|ден|тан|тен)\sастам$/, ['more than', 'over']],
  [/^шамамен\s/, ['about']],
  [/-?(?:ға|ге|қа|ке)\sжуық$/, ['almost']],
  [/-?(?:ға|ге|қа|ке)\sдейін$/, ['up to']],
];

export function readFigure(printed: string, lang: 'ru' | 'kk'): ReadFigure {
  let text = printed.replace(/[\u00a0\u202f]/g, ' ').trim();
  let qualifiers: string[] = [];
  if (lang === 'ru') {
    for (const [pattern, q] of RU) if (pattern.test(text)) [text, qualifiers] = [text.replace(pattern, ''), [q]];
  } else {
    for (const [pattern, q] of KK) if (pattern.test(text)) [text, qualifiers] = [text.replace(pattern, ''), q];
  }
  const scale = /\sмлрд\b|млрд/.test(text) ? 1e9 : /млн/.test(text) ? 1e6 : 1;
  const number = /-?\d[\d ]*(?:,\d+)?/.exec(text)?.[0] ?? 'NaN';
  const value = Number(number.replace(/ /g, '').replace(',', '.')) * scale;
  return { value: Number(value.toPrecision(12)), qualifiers: qualifiers.length ? qualifiers : [''] };
}
