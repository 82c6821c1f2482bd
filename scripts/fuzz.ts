// `npm run fuzz [-- --runs N] [-- --seed S]`: generated and mutated payloads through the parser and the decision.
// The count lives here, not in a timed test; CI runs a smaller count through `npm test`.
import fc from 'fast-check';
import { getDowntimeState } from '../src/core/getDowntimeState';
import { parseDowntimeResponse } from '../src/core/parseDowntimeResponse';
import { checkDowntimeState } from '../test/fuzz/checkDowntimeState';
import { downtimePayload, fuzzNow, fuzzOptions } from '../test/fuzz/downtimePayloads';

function flag(name: string): number | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : undefined;
}

const numRuns = flag('runs') ?? 100_000;
const seed = flag('seed');
const started = performance.now();
let throws = 0;
let problems = 0;

fc.assert(
  fc.property(downtimePayload, fuzzNow, fuzzOptions, (body, now, options) => {
    let snapshot;
    try {
      snapshot = parseDowntimeResponse(body);
      const state = getDowntimeState(snapshot, { ...options, now });
      checkDowntimeState(state, options.providers ?? ['logingov', 'idme', 'dslogon', 'mhv'], now);
    } catch (error) {
      throws++;
      throw error;
    }
    problems += snapshot.problems.length;
  }),
  { numRuns, ...(seed === undefined ? {} : { seed }) },
);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`fuzz: ${numRuns} payloads, ${throws} throws, ${problems} problem lines reported, ${seconds} s`);
