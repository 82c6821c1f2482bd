import { VaAlert } from '@department-of-veterans-affairs/component-library/dist/react-bindings/index.js';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { AdminApiError } from '../AdminApiError';
import { createAdminClient } from '../adminClient';
import { Field } from './Field';
import { focusInAlert } from './focusInAlert';

interface TokenFormProps {
  /** Why the token is asked for again, such as after a 401. */
  notice: string | null;
  onAccepted(token: string): void;
}

/** Asks for the admin token and checks it against the server before keeping it. */
export function TokenForm({ notice, onAccepted }: TokenFormProps) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const noticeAlert = useRef<HTMLVaAlertElement>(null);
  const noticeHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (notice) void focusInAlert(noticeAlert.current, noticeHeading.current);
    else input.current?.focus();
  }, [notice]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const value = token.trim();
    if (!value) {
      setError('Enter the admin token.');
      input.current?.focus();
      return;
    }
    setBusy(true);
    try {
      await createAdminClient(value).state();
      onAccepted(value);
    } catch (caught) {
      setBusy(false);
      const status = caught instanceof AdminApiError ? caught.status : -1;
      setError(
        status === 401
          ? 'The server did not accept that token. Copy it again from the terminal where the server started.'
          : caught instanceof Error
            ? caught.message
            : 'Something went wrong. Try again.',
      );
      input.current?.focus();
    }
  }

  return (
    <main className="admin-main admin-main--narrow" id="main">
      <h1>Sign-in downtime admin</h1>
      {notice ? (
        <VaAlert ref={noticeAlert} status="warning" className="admin-alert">
          <h2 slot="headline" tabIndex={-1} ref={noticeHeading}>
            Enter the token again
          </h2>
          <p>{notice}</p>
        </VaAlert>
      ) : null}
      <form className="admin-form" onSubmit={submit} noValidate aria-labelledby="token-heading">
        <h2 id="token-heading">Enter the admin token</h2>
        <Field
          id="admin-token"
          label="Admin token"
          hint="The server printed it in its terminal when it started. This page keeps it in this browser tab only, and forgets it when the tab closes."
          error={error ?? undefined}
        >
          {(control) => (
            <input
              {...control}
              ref={input}
              type="password"
              autoComplete="off"
              spellCheck={false}
              value={token}
              onChange={(e) => setToken(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="admin-button" disabled={busy}>
          {busy ? 'Checking…' : 'Continue'}
        </button>
      </form>
    </main>
  );
}
