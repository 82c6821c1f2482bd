import { parseArgs } from 'node:util';
import { SCENARIO_NAMES, isScenarioName } from '../mocks/scenarios';
import { parseAdminToken } from './adminTokens';
import { DEFAULT_ALLOWED_ORIGINS } from './corsPolicy';
import type { MockServerOptions } from './createMockServer';

/** The CLI's help text. */
export const USAGE = `Usage: downtime-mock-server [options]

  --port <n>              Port to listen on; 0 picks a free one (default 3000)
  --host <host>           Interface to listen on (default 127.0.0.1)
  --store <file>          JSON store file (default ./.downtime/store.json)
  --scenario <name>       Load a named scenario into the store at start
  --admin-token <token>   Admin API token, or label:token to name it in the history;
                          repeat for several (default: one generated and printed)
  --datadog-secret <s>    Shared secret for POST /webhooks/datadog (default: generated and printed)
  --allowed-origin <url>  Browser origin allowed by CORS; repeat for several
                          (default ${DEFAULT_ALLOWED_ORIGINS.join(', ')})
  --admin-assets <dir>    Directory with the built admin page, served at /admin
  -h, --help              Show this help

Environment: DOWNTIME_ADMIN_TOKEN and DOWNTIME_DATADOG_SECRET are read when the flags are absent,
which keeps secrets out of the process list.

Scenarios: ${SCENARIO_NAMES.join(', ')}`;

/** A command line the CLI cannot run with. */
export class CliUsageError extends Error {
  override name = 'CliUsageError';
}

/** Reads the command line (and two environment variables) into server options; `null` means "print help". */
export function parseCliArgs(argv: readonly string[], env: Record<string, string | undefined> = {}): MockServerOptions | null {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        store: { type: 'string' },
        scenario: { type: 'string' },
        'admin-token': { type: 'string', multiple: true },
        'datadog-secret': { type: 'string' },
        'allowed-origin': { type: 'string', multiple: true },
        'admin-assets': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new CliUsageError((error as Error).message);
  }
  if (values.help) return null;
  const options: MockServerOptions = {};
  if (values.port !== undefined) {
    const port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port > 65535) throw new CliUsageError(`--port must be a number from 0 to 65535, not "${values.port}".`);
    options.port = port;
  }
  if (values.host !== undefined) options.host = values.host;
  if (values.store !== undefined) options.storePath = values.store;
  if (values.scenario !== undefined) {
    if (!isScenarioName(values.scenario)) throw new CliUsageError(`Unknown scenario "${values.scenario}". Scenarios: ${SCENARIO_NAMES.join(', ')}`);
    options.scenario = values.scenario;
  }
  const tokens = values['admin-token'] ?? (env.DOWNTIME_ADMIN_TOKEN ? [env.DOWNTIME_ADMIN_TOKEN] : []);
  if (tokens.length) {
    const parsed = tokens.map(parseAdminToken);
    if (parsed.some((t) => t.token.length < 8)) throw new CliUsageError('Each --admin-token must be at least 8 characters long.');
    options.adminToken = parsed;
  }
  const secret = values['datadog-secret'] ?? env.DOWNTIME_DATADOG_SECRET;
  if (secret !== undefined) options.datadogSecret = secret;
  if (values['allowed-origin']) options.allowedOrigins = values['allowed-origin'];
  if (values['admin-assets'] !== undefined) options.adminAssetsDir = values['admin-assets'];
  return options;
}
