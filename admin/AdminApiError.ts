/** A failed admin API call: the HTTP status (0 when the server could not be reached), its message, and per-field messages for a 400. */
export class AdminApiError extends Error {
  override name = 'AdminApiError';

  constructor(
    readonly status: number,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}
