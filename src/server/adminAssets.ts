import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Context } from 'hono';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

// The admin page shows text that admins typed; this policy is a second line of defence if it ever reached the DOM as HTML.
const PAGE_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

const PLACEHOLDER = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Downtime mock server: admin</title></head>
<body>
<main>
<h1>Downtime mock server</h1>
<p>The admin page is being built. Until it lands, use the admin API at <code>/admin/api</code>, described in docs/mock-server.md.</p>
</main>
</body>
</html>
`;

async function fileIn(root: string, relative: string): Promise<string | null> {
  const resolved = path.resolve(root, `.${path.posix.normalize(`/${relative}`)}`);
  if (resolved !== root && !resolved.startsWith(root + path.sep)) return null;
  try {
    return (await stat(resolved)).isFile() ? resolved : null;
  } catch {
    return null;
  }
}

/**
 * Serves the admin page under `/admin` from `dir` (a built single-page app with an `index.html`). Paths with no file
 * extension fall back to `index.html`, so client-side routes work. Without a directory, or before it has an
 * `index.html`, `/admin` answers with a placeholder page.
 */
export function adminAssets(dir: string | undefined) {
  const root = dir ? path.resolve(dir) : undefined;
  return async (c: Context): Promise<Response> => {
    const relative = c.req.path.replace(/^\/admin\/?/, '');
    if (relative.includes('\0')) return c.notFound();
    let file = root && relative ? await fileIn(root, relative) : null;
    if (!file && root && path.extname(relative) === '') file = await fileIn(root, 'index.html');
    if (!file) {
      if (relative && path.extname(relative) !== '') return c.notFound();
      return c.html(PLACEHOLDER, 200, PAGE_HEADERS);
    }
    const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    return c.body(await readFile(file), 200, { ...PAGE_HEADERS, 'Content-Type': type });
  };
}
