import { createContext, useContext } from 'react';
import type { AdminState } from '../../src/server/adminState';
import type { AdminClient } from '../adminClient';

/** Why an action did not go through, in words for the person who tried it. */
export interface ActionProblem {
  message: string;
  /** The server's message per field, keyed by API field name (`startsAt`, `message`, ...). */
  fields: Record<string, string>;
}

/**
 * The result of {@link AdminContextValue.perform}: the store version the write produced, or why it failed
 * (`problem` is null when the page went back to the token form).
 */
export type ActionOutcome = { ok: true; version: number } | { ok: false; problem: ActionProblem | null };

/** A write against the admin API, given the store version the page last read. */
export type AdminAction = (client: AdminClient, version: number) => Promise<unknown>;

/** What every panel of the admin page shares. */
export interface AdminContextValue {
  state: AdminState;
  /** The server's clock (with its offset) as of this render, estimated from the last load. */
  serverNow: number;
  /** Runs a write, reloads the state, and turns failures into messages (401 back to the token form, 412 reload). */
  perform(action: AdminAction, success: string): Promise<ActionOutcome>;
}

export const AdminContext = createContext<AdminContextValue | null>(null);

/** The shared admin state; only inside the signed-in page. */
export function useAdmin(): AdminContextValue {
  const value = useContext(AdminContext);
  if (!value) throw new Error('useAdmin is used outside AdminContext.');
  return value;
}
