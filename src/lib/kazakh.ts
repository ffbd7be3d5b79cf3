/**
 * Kazakh case endings after a number, for hedges that follow it
 * («5 000-нан астам», «1 млрд ₸-ге жуық», «20 тәулікке дейін»). The ending
 * agrees with the last word said aloud: its vowels (back or front) and its
 * last sound. Rather than derive that by rule, every word a figure can end in
 * is listed with its two endings, so a Kazakh editor can check the table.
 */
const ENDINGS = {
  нөл: ['ден', 'ге'],
  бір: ['ден', 'ге'],
  екі: ['ден', 'ге'],
  үш: ['тен', 'ке'],
  төрт: ['тен', 'ке'],
  бес: ['тен', 'ке'],
  алты: ['дан', 'ға'],
  жеті: ['ден', 'ге'],
  сегіз: ['ден', 'ге'],
  тоғыз: ['дан', 'ға'],
  он: ['нан', 'ға'],
  жиырма: ['дан', 'ға'],
  отыз: ['дан', 'ға'],
  қырық: ['тан', 'қа'],
  елу: ['ден', 'ге'],
  алпыс: ['тан', 'қа'],
  жетпіс: ['тен', 'ке'],
  сексен: ['нен', 'ге'],
  тоқсан: ['нан', 'ға'],
  жүз: ['ден', 'ге'],
  мың: ['нан', 'ға'],
  миллион: ['нан', 'ға'],
  миллиард: ['тан', 'қа'],
  пайыз: ['дан', 'ға'],
  теңге: ['ден', 'ге'],
  рубль: ['ден', 'ге'],
  АЕК: ['тен', 'ке'],
  тәулік: ['тен', 'ке'],
} as const satisfies Record<string, readonly [ablative: string, dative: string]>;

export type SpokenWord = keyof typeof ENDINGS;
export type KazakhCase = 'ablative' | 'dative';

const UNITS: SpokenWord[] = ['нөл', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'];
const TENS: SpokenWord[] = ['нөл', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'];

/** The last word of a whole number read aloud: 15 905 → бес, 5 000 → мың, 2 500 → жүз. */
export function lastWordOfNumber(n: number): SpokenWord {
  const whole = Math.abs(Math.trunc(n));
  if (whole === 0) return 'нөл';
  if (whole % 10 !== 0) return UNITS[whole % 10] ?? 'нөл';
  if (whole % 100 !== 0) return TENS[Math.trunc(whole / 10) % 10] ?? 'нөл';
  if (whole % 1000 !== 0) return 'жүз';
  if (whole % 1_000_000 !== 0) return 'мың';
  if (whole % 1_000_000_000 !== 0) return 'миллион';
  return 'миллиард';
}

/** Words and signs a printed figure can end in, and how they are read. */
const SIGNS: [RegExp, SpokenWord][] = [
  [/₸$/, 'теңге'],
  [/%$/, 'пайыз'],
  [/млрд$/, 'миллиард'],
  [/млн$/, 'миллион'],
  [/мың$/, 'мың'],
  [/АЕК$/, 'АЕК'],
  [/тәулік$/, 'тәулік'],
  [/рубль$/, 'рубль'],
];

/** The word a printed figure ends in when read: "1,4 млрд ₸" → теңге; "15 905" → бес; "38,9" → тоғыз. */
export function lastWordOfText(text: string): SpokenWord {
  const trimmed = text.trim();
  for (const [pattern, word] of SIGNS) if (pattern.test(trimmed)) return word;
  // Digits: the last group read aloud; after a decimal comma, the fraction's digits ("бір бүтін оннан төрт").
  const digits = /(\d[\d\s\u00a0\u202f]*)(?:,(\d+))?$/.exec(trimmed);
  if (!digits) throw new Error(`Cannot tell how “${text}” is read in Kazakh`);
  const number = Number((digits[2] ?? digits[1] ?? '').replace(/\D/g, ''));
  return lastWordOfNumber(number);
}

/**
 * The figure with the case ending: after digits and signs with a hyphen
 * («5 000-нан», «1 млрд ₸-ге», «80%-ға»), after a word joined («20 тәулікке»).
 */
export function withEnding(text: string, grammaticalCase: KazakhCase): string {
  const word = lastWordOfText(text);
  const [ablative, dative] = ENDINGS[word];
  const ending = grammaticalCase === 'ablative' ? ablative : dative;
  return /\p{L}$/u.test(text) && !/[A-ZА-ЯӘҒҚҢӨҰҮҺІ]$/u.test(text) && !/(млн|млрд)$/.test(text) ? `${text}${ending}` : `${text}-${ending}`;
}
