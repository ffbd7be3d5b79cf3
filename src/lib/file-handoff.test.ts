import { afterEach, describe, expect, it } from 'vitest';
import { handOverGeneratedFiles, receiveGeneratedFiles } from './file-handoff.ts';

afterEach(() => receiveGeneratedFiles(undefined));

const files = [
  { path: '/2025/detection.csv', text: 'sheet,year\n2025/detection,2025\n' },
  { path: '/kk/2025/detection.csv', text: 'парақ,жыл\n' },
];

describe('handing the files over from the build manifest\'s route', () => {
  it('gives them to the receiver the integration set', () => {
    const received: unknown[] = [];
    receiveGeneratedFiles((given) => received.push(...given));
    handOverGeneratedFiles(files);
    expect(received).toEqual(files);
  });

  it('fails with what to mend when nothing receives them, rather than leave the site without its files', () => {
    expect(() => handOverGeneratedFiles(files)).toThrow('astro.config.mjs must list generatedFilesIntegration()');
  });
});
