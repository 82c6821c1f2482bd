// The token lives in sessionStorage only: it is gone when the tab closes, and never reaches localStorage or a cookie.
const KEY = 'downtime-admin-token';

/** The admin token saved for this tab, or `null`. */
export function readToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** Keeps the token for this tab. */
export function saveToken(token: string): void {
  try {
    sessionStorage.setItem(KEY, token);
  } catch {
    // Storage can be switched off; the page still works until it is reloaded.
  }
}

/** Forgets the token, after a 401 or when the admin signs out. */
export function forgetToken(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing was stored.
  }
}
