/**
 * The mock server's real clock. The server is an app, so it may read the wall clock, but only here:
 * everything else takes `now` as an argument so that tests can pin it.
 */
export function systemNow(): number {
  return Date.now();
}
