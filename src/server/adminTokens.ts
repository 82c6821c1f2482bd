import { randomBytes } from 'node:crypto';
import { secretsEqual } from './secretsEqual';

/** An admin token and the name that the audit log records for changes made with it. */
export interface AdminToken {
  token: string;
  /** Shown as "who" in the history. @defaultValue 'admin' */
  label: string;
}

/** A fresh random secret, URL-safe, 32 bytes. */
export function generateSecret(): string {
  return randomBytes(32).toString('base64url');
}

const LABELLED = /^([A-Za-z0-9_.@-]{1,40}):(.+)$/;

/** Reads a `--admin-token` value: `TOKEN`, or `label:TOKEN` to name who uses it. */
export function parseAdminToken(value: string): AdminToken {
  const match = LABELLED.exec(value);
  return match ? { label: match[1]!, token: match[2]! } : { label: 'admin', token: value };
}

/**
 * The label of the token in an `Authorization: Bearer ...` header, or `null`. Every token is compared, with no
 * early exit, so the time taken says nothing about which one nearly matched.
 */
export function labelForBearer(header: string | undefined, tokens: readonly AdminToken[]): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  const given = match?.[1] ?? '';
  let label: string | null = null;
  for (const { token, label: name } of tokens) {
    if (secretsEqual(given, token) && given !== '' && label === null) label = name;
  }
  return label;
}
