import { describe, expect, it } from 'vitest';
import { generatedFileList } from './generated-files';

describe('the files the build manifest carries', () => {
  it('are read as addresses within the site and their texts', () => {
    expect(generatedFileList([{ path: '/kk/2025/detection.csv', text: 'sheet,year\n' }])).toEqual([{ path: '/kk/2025/detection.csv', text: 'sheet,year\n' }]);
  });

  it('refuse an address outside the site, or an entry without a text', () => {
    expect(() => generatedFileList([{ path: '/2025/../../etc/x', text: '' }])).toThrow('outside the site');
    expect(() => generatedFileList([{ path: '2025/detection.csv', text: '' }])).toThrow('outside the site');
    expect(() => generatedFileList([{ path: '/2025/detection.csv' }])).toThrow('files[0] must have a path and a text');
    expect(() => generatedFileList({})).toThrow('files must be a list');
  });
});
