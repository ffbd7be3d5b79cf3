import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { writeGeneratedFiles } from './file-writer.ts';

const sites: string[] = [];
/** An empty built site of its own, as a folder URL (ending in /, as Astro gives outDir). */
const site = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kz-site-'));
  sites.push(dir);
  return { dir, root: pathToFileURL(`${dir}/`) };
};
afterEach(() => {
  for (const dir of sites.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const files = [
  { path: '/2025/detection.csv', text: 'sheet,year\n2025/detection,2025\n' },
  // Kazakh letters take two bytes each in UTF-8.
  { path: '/kk/2025/detection.csv', text: 'парақ,жыл\nАнықтау — ұрлық, 2025\n' },
  { path: '/kk/2025/detection/print.css', text: '@page { @top-left { content: "Анықтау"; } }\n' },
  { path: '/2025/empty.csv', text: '' },
];

describe('writing the files beside the pages', () => {
  it('writes every file at its address, folders and all', async () => {
    const { dir, root } = site();
    await writeGeneratedFiles(root, files);
    for (const { path, text } of files) expect(readFileSync(join(dir, path), 'utf8')).toBe(text);
  });

  it('writes many files with only a few writes in flight, each to its own address', async () => {
    const { dir, root } = site();
    const many = Array.from({ length: 500 }, (_, i) => ({ path: `/${2000 + (i % 50)}/t${i}.csv`, text: `row ${i}\n` }));
    await writeGeneratedFiles(root, many, 3);
    for (const { path, text } of many) expect(readFileSync(join(dir, path), 'utf8')).toBe(text);
  });

  it('refuses an address outside the site before writing anything', async () => {
    const { dir, root } = site();
    await expect(writeGeneratedFiles(root, [...files, { path: '/2025/../../etc/x', text: 'x' }])).rejects.toThrow('The file /2025/../../etc/x lies outside the site');
    await expect(writeGeneratedFiles(root, [{ path: '2025/x.csv', text: '' }])).rejects.toThrow('lies outside the site');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('names the file it could not write, once every other write is done', async () => {
    const { dir, root } = site();
    // A file where a folder must go.
    writeFileSync(join(dir, '2025'), 'not a folder');
    await expect(writeGeneratedFiles(root, [{ path: '/2025/detection.csv', text: 'x' }, { path: '/2024/detection.csv', text: 'y' }])).rejects.toThrow('Could not write /2025/detection.csv into the built site');
    expect(readFileSync(join(dir, '2024/detection.csv'), 'utf8')).toBe('y');
  });
});
