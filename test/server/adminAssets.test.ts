import { request } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Harness } from './serverHarness';

const NOW = Date.parse('2025-03-05T15:00:00.000Z');

/** A GET with the path sent exactly as written, since fetch would normalise `..` away. */
function rawGet(url: string, rawPath: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('admin page assets', () => {
  let h: Harness;
  beforeAll(async () => {
    const probe = await startServer(NOW);
    const assets = path.join(probe.dir, 'admin-dist');
    await mkdir(path.join(assets, 'assets'), { recursive: true });
    await writeFile(path.join(assets, 'index.html'), '<!doctype html><title>Admin</title><div id="root"></div>');
    await writeFile(path.join(assets, 'assets', 'app.js'), 'console.log("admin");');
    await probe.restart({ adminAssetsDir: assets });
    h = probe;
  });
  afterAll(() => h.close());

  it('serves index.html at /admin with a strict content security policy', async () => {
    const response = await h.get('/admin');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(response.headers.get('Content-Security-Policy')).toMatch(/script-src 'self'/);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Admin</title>');
  });

  it('serves built files with their content type, and index.html for client-side routes', async () => {
    const script = await h.get('/admin/assets/app.js');
    expect(script.headers.get('Content-Type')).toMatch(/^text\/javascript/);
    expect(await script.text()).toBe('console.log("admin");');
    expect(await (await h.get('/admin/windows/new')).text()).toContain('<title>Admin</title>');
    expect((await h.get('/admin/assets/missing.js')).status).toBe(404);
  });

  it('never serves files outside the assets directory', async () => {
    for (const rawPath of ['/admin/../store.json', '/admin/..%2fstore.json', '/admin/assets/../../store.json']) {
      const { status, body } = await rawGet(h.server.url, rawPath);
      expect(body, rawPath).not.toContain('"format"');
      expect([200, 404], rawPath).toContain(status);
    }
  });

  it('redirects / to the admin page', async () => {
    const response = await h.get('/', { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('Location')).toBe('/admin');
  });
});
