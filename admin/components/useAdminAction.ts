import { useCallback, useState } from 'react';
import { useAdmin, type ActionProblem, type AdminAction } from './adminContext';

/**
 * Runs one form's or list's writes and keeps what to show about the last one: busy, a problem, or a success. A
 * success note lasts until the store changes again, so that it never sits next to a newer change.
 */
export function useAdminAction() {
  const { perform, state } = useAdmin();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ActionProblem | null>(null);
  const [success, setSuccess] = useState<{ message: string; version: number } | null>(null);

  const run = useCallback(
    async (action: AdminAction, successMessage: string): Promise<boolean> => {
      setBusy(true);
      setSuccess(null);
      const outcome = await perform(action, successMessage);
      setBusy(false);
      setProblem(outcome.ok ? null : outcome.problem);
      if (outcome.ok) setSuccess({ message: successMessage, version: outcome.version });
      return outcome.ok;
    },
    [perform],
  );

  const fail = useCallback((next: ActionProblem) => {
    setSuccess(null);
    setProblem(next);
  }, []);

  return { busy, problem, success: success?.version === state.version ? success.message : null, run, fail };
}
