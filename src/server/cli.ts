// `npm run mock-server` / `npx downtime-mock-server`: start the server and print where everything is.
import { CliUsageError, USAGE, parseCliArgs } from './cliArgs';
import { createMockServer, type MockServerOptions } from './createMockServer';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { StoreFileError } from './storeFile';

// The published build ships the admin page next to this script (dist/admin); from source there is none.
const BUNDLED_ADMIN = fileURLToPath(new URL('./admin/', import.meta.url));

let options: MockServerOptions | null;
try {
  options = parseCliArgs(process.argv.slice(2), process.env);
} catch (error) {
  if (!(error instanceof CliUsageError)) throw error;
  console.error(`${error.message}\n\n${USAGE}`);
  process.exit(2);
}
if (options === null) {
  console.log(USAGE);
  process.exit(0);
}

try {
  const server = await createMockServer({
    ...(existsSync(`${BUNDLED_ADMIN}index.html`) ? { adminAssetsDir: BUNDLED_ADMIN } : {}),
    ...options,
    onChange: (entry) => console.log(`[${entry.at}] v${entry.version} ${entry.who}: ${entry.summary}`),
  });
  const { url } = server;
  const lines = [
    `Downtime mock server listening on ${url}`,
    `  vets-api:       ${url}/v0/backend_statuses`,
    `                  ${url}/v0/maintenance_windows`,
    `  admin page:     ${url}/admin`,
    `  admin API:      ${url}/admin/api/state  (Authorization: Bearer <token>)`,
    `  Datadog hook:   ${url}/webhooks/datadog  (X-Webhook-Secret: <secret>)`,
    `  store:          ${server.storePath}`,
  ];
  if (server.generated.adminToken) lines.push(`Admin token (generated for this run, shown once): ${server.adminTokens[0]!.token}`);
  if (server.generated.datadogSecret) lines.push(`Datadog webhook secret (generated for this run, shown once): ${server.datadogSecret}`);
  console.log(lines.join('\n'));

  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`\n${signal}: stopping after pending writes.`);
    server.close().then(
      () => process.exit(0),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
} catch (error) {
  if (error instanceof StoreFileError) console.error(error.message);
  else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') console.error(`Port in use: ${(error as Error).message}. Try --port 0.`);
  else console.error(error);
  process.exit(1);
}
