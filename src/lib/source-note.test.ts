import { describe, expect, it } from 'vitest';
import { sourceNoteText } from './source-note.ts';

const source = { publisher: 'Senate', title: 'Only 20% disclosed', date: '2024-10-31' };

describe('a source note', () => {
  it('reads publisher, “title”, date, in each edition’s quotation marks and date form, ending in one full stop', () => {
    expect(sourceNoteText(source)).toBe('Senate, “Only 20% disclosed”, 31 October 2024.');
    // The Russian date ends in «г.», which ends the sentence too: no second stop.
    expect(sourceNoteText(source, 'ru').replace(/\u00a0/g, ' ')).toBe('Senate, «Only 20% disclosed», 31 октября 2024 г.');
    expect(sourceNoteText(source, 'kk')).toBe('Senate, «Only 20% disclosed», 2024 ж. 31 қазан.');
  });
});
