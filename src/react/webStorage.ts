/**
 * The storage the banner keeps dismissals and announcements in. `window.localStorage` and `sessionStorage` fit
 * as they are; a host app can pass its own, and either method may return a promise. Nothing read from it is
 * trusted, and any call may throw.
 */
export interface KeyValueStorage {
  getItem(key: string): string | null | Promise<string | null>;
  setItem(key: string, value: string): void | Promise<void>;
}

/**
 * The browser's `localStorage` or `sessionStorage`, or `undefined` on the server, in a sandboxed frame, or
 * wherever merely touching the property throws (Safari with cookies blocked, some privacy modes).
 */
export function browserStorage(kind: 'localStorage' | 'sessionStorage'): KeyValueStorage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : (window[kind] ?? undefined);
  } catch {
    return undefined;
  }
}
