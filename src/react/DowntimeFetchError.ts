/** Why a status request gave no usable snapshot. */
export type FetchFailure = 'network' | 'http' | 'rate-limited' | 'unreadable';

/** Details of a {@link DowntimeFetchError}. */
export interface DowntimeFetchErrorDetails {
  /** HTTP status, when a response arrived. @defaultValue null */
  status?: number | null;
  /** How long the server asked us to wait (`Retry-After`), in ms. @defaultValue null */
  retryAfterMs?: number | null;
  /** The underlying error or rejection value. @defaultValue undefined */
  cause?: unknown;
  /** What the parser said about a body it could not read. @defaultValue [] */
  problems?: readonly string[];
}

/**
 * A failed status request. The hook keeps the last good snapshot when this happens and never shows it as an
 * outage; the message is for developers and logs, never for the page.
 */
export class DowntimeFetchError extends Error {
  override readonly name = 'DowntimeFetchError';
  readonly failure: FetchFailure;
  readonly status: number | null;
  readonly retryAfterMs: number | null;
  readonly problems: readonly string[];

  constructor(failure: FetchFailure, message: string, details: DowntimeFetchErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.failure = failure;
    this.status = details.status ?? null;
    this.retryAfterMs = details.retryAfterMs ?? null;
    this.problems = details.problems ?? [];
  }
}
