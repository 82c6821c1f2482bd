import { cors } from 'hono/cors';

/** Storybook (6006) and the Vite demo (5173), on both loopback names. The server adds its own origin. */
export const DEFAULT_ALLOWED_ORIGINS = [
  'http://localhost:6006',
  'http://127.0.0.1:6006',
  'http://localhost:5173',
  'http://127.0.0.1:5173',
] as const;

/**
 * CORS for the vets-api endpoints: the listed origins, echoed back with credentials allowed (vets-website sends
 * cookies). A literal `*` in the list opens them to every origin, without credentials. `Date` and `ETag` are
 * exposed so that a cross-origin client can correct for clock skew and revalidate.
 */
export function vetsApiCors(origins: ReadonlySet<string>) {
  const any = origins.has('*');
  return cors({
    origin: (origin) => (any ? '*' : origins.has(origin) ? origin : null),
    credentials: !any,
    allowMethods: ['GET', 'OPTIONS'],
    allowHeaders: ['X-Key-Inflection', 'If-None-Match', 'Content-Type', 'Accept'],
    exposeHeaders: ['ETag', 'Date', 'Retry-After'],
    maxAge: 600,
  });
}

/** CORS for the admin API: only exact listed origins, never `*`, whatever the list says. */
export function adminApiCors(origins: ReadonlySet<string>) {
  return cors({
    origin: (origin) => (origin !== '*' && origins.has(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    allowHeaders: ['Authorization', 'Content-Type', 'If-Match'],
    exposeHeaders: ['ETag'],
    maxAge: 600,
  });
}
