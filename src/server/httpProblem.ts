/** An error the admin API or webhooks answer with: a status, a sentence, and optionally one message per field. */
export class HttpProblem extends Error {
  constructor(
    readonly status: 400 | 401 | 404 | 409 | 412 | 413 | 415 | 428,
    message: string,
    readonly fields?: Record<string, string>,
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'HttpProblem';
  }

  toJSON(): Record<string, unknown> {
    return { error: this.message, ...(this.fields ? { fields: this.fields } : {}), ...this.extra };
  }
}

/** A 400 that lists what is wrong with each field. */
export function validationProblem(fields: Record<string, string>): HttpProblem {
  return new HttpProblem(400, 'Some fields are not valid; see fields.', fields);
}
