// Starts the demo page with Vite on a free loopback port and returns its URL.
import { createServer } from 'vite';

export async function startDemo(env = {}) {
  for (const [key, value] of Object.entries(env)) process.env[key] = value;
  const server = await createServer({
    configFile: new URL('../demo/vite.config.ts', import.meta.url).pathname,
    server: { port: 0, host: '127.0.0.1' },
    logLevel: 'error',
  });
  await server.listen();
  const address = server.httpServer.address();
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}
