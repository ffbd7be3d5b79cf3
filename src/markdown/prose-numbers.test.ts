import { describe, expect, it } from 'vitest';
import { typedNumbers, unquotedNumbers } from './prose-numbers.ts';

const found = (text: string) => unquotedNumbers(text).map((n) => n.text);

describe('numbers typed into prose', () => {
  it('finds percentages, money, large counts and number words', () => {
    expect(found('Only 20% were disclosed.')).toEqual(['20%']);
    expect(found('Of 15,905 cases, 3 286 were solved.')).toEqual(['15,905', '3 286']);
    expect(found('Damage of ₸962 million and 400 million tenge.')).toEqual(['₸962 million', '400 million']);
    expect(found('More than 2.5 thousand cybercrimes.')).toEqual(['2.5 thousand']);
    expect(found('A fine of 80 MCI, 38.9 percent, 278 million rubles.')).toEqual(['80 MCI', '38.9 percent', '278 million']);
    expect(found('They blocked 14000 sites.')).toEqual(['14000']);
  });
  it('leaves years, dates and small counts alone', () => {
    expect(found('On 31 October 2024, in the first quarter of 2025, 3 ministries met in 2024 and 2025.')).toEqual([]);
    expect(typedNumbers('Saken Sarsenov spoke on 31 October 2024.')).toEqual([]);
  });
  it('leaves a source’s own words in quotation marks alone', () => {
    expect(found('The headline says “almost 39%”, and the text "80% remain undisclosed"; «более 5 000».')).toEqual([]);
    expect(found('“Quoted 20%” but 30% is not.')).toEqual(['30%']);
  });
  it('does not read keys and identifiers as numbers', () => {
    expect(found('See [@mia-2025-05] and G20.')).toEqual([]);
  });
});
