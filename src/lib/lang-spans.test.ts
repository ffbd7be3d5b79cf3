import { describe, expect, it } from 'vitest';
import { langSpans } from './lang-spans.ts';

describe('words in another language', () => {
  it('are marked with their language, the rest left as text', () => {
    expect(langSpans('the same Russian term ({ru:раскрываемость}); the digest')).toEqual([
      { text: 'the same Russian term (' },
      { text: 'раскрываемость', lang: 'ru' },
      { text: '); the digest' },
    ]);
  });
  it('leave a text without marks, and an unknown language, as they are', () => {
    expect(langSpans('plain')).toEqual([{ text: 'plain' }]);
    expect(langSpans('a {de:Wort} b')).toEqual([{ text: 'a {de:Wort} b' }]);
  });
});
