import { useCallback, useState } from 'react';
import { forgetToken, readToken, saveToken } from '../tokenStorage';
import { Dashboard } from './Dashboard';
import { TokenForm } from './TokenForm';

/** The admin page: the token form until a token is accepted, then the dashboard. */
export function AdminApp() {
  const [token, setToken] = useState<string | null>(() => readToken());
  const [notice, setNotice] = useState<string | null>(null);
  const signOut = useCallback((message: string | null) => {
    forgetToken();
    setNotice(message);
    setToken(null);
  }, []);

  if (!token) {
    return (
      <TokenForm
        notice={notice}
        onAccepted={(accepted) => {
          saveToken(accepted);
          setNotice(null);
          setToken(accepted);
        }}
      />
    );
  }
  return (
    <Dashboard
      key={token}
      token={token}
      onSignOut={signOut}
    />
  );
}
