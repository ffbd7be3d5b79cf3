import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileFor, serveFolder } from './static-server.mjs';

/** The PDF step's browser reads the built site from this server: it must serve the site and nothing else. */
const root = mkdtempSync(join(tmpdir(), 'static-server-'));
const site = join(root, 'dist');
let server: { origin: string; close: () => Promise<void> };

beforeAll(async () => {
  mkdirSync(join(site, '2025/detection'), { recursive: true });
  mkdirSync(join(site, '_astro'));
  writeFileSync(join(site, '2025/detection/index.html'), '<h1>Detection in 2025</h1>');
  writeFileSync(join(site, '_astro/Base.abc.css'), 'body { margin: 0 }');
  writeFileSync(join(root, 'secret.txt'), 'outside the site');
  server = await serveFolder(site);
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** A request sent as written: fetch() would tidy `..` out of the path before it left. */
function get(path: string): Promise<{ status: number; type: string | undefined; body: string }> {
  return new Promise((done, fail) => {
    const { hostname, port } = new URL(server.origin);
    request({ hostname, port, path }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () => done({ status: response.statusCode ?? 0, type: response.headers['content-type'], body }));
    })
      .on('error', fail)
      .end();
  });
}

describe('the server the PDF step prints from', () => {
  it('listens on the loopback address only', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves a page’s index.html at its address, as HTML', async () => {
    expect(await get('/2025/detection/')).toEqual({ status: 200, type: 'text/html; charset=utf-8', body: '<h1>Detection in 2025</h1>' });
  });

  it('serves the site’s stylesheet with its type', async () => {
    const css = await get('/_astro/Base.abc.css');
    expect(css.type).toBe('text/css; charset=utf-8');
    expect(css.body).toBe('body { margin: 0 }');
  });

  it('answers 404 for what the site does not have', async () => {
    expect((await get('/2024/detection/')).status).toBe(404);
  });

  it('refuses a path that climbs out of the site, however it is spelled', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/2025/..%2f..%2fsecret.txt']) {
      const answer = await get(path);
      expect(answer.body, path).not.toContain('outside the site');
      expect([403, 404], path).toContain(answer.status);
    }
  });
});

describe('the file an address names', () => {
  it('is the folder’s index.html for an address ending in a slash', () => {
    expect(fileFor('/site', '/2025/')).toBe('/site/2025/index.html');
  });

  it('is nothing for an address outside the folder or one that cannot be decoded', () => {
    expect(fileFor('/site', '/../etc/passwd')).toBeUndefined();
    expect(fileFor('/site', '/%E0%A4%A')).toBeUndefined();
  });
});
