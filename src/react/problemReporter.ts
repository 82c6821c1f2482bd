import { perCache } from './perCache';

/** Receives the lines a response's parser complained about. */
export type ProblemListener = (problems: string[]) => void;

/** Reports parser problems once per distinct list, to every hook listening for one endpoint. */
export interface ProblemReporter {
  /** Adds a listener, read at report time so that an inline callback's latest version is called. */
  listen(current: () => ProblemListener | undefined): () => void;
  /** Tells the listeners about `problems` from `source`, unless the previous report from `source` was the same list. */
  report(source: string, problems: readonly string[]): void;
}

function createProblemReporter(): ProblemReporter {
  const listeners = new Set<() => ProblemListener | undefined>();
  const lastBySource = new Map<string, string>();
  return {
    listen(current) {
      listeners.add(current);
      return () => listeners.delete(current);
    },
    report(source, problems) {
      // Keyed by the lines, not the body: vets-api's reportedAt moves every minute while the same bad entry stays.
      const key = problems.join('\n');
      if (lastBySource.get(source) === key) return;
      lastBySource.set(source, key);
      if (problems.length === 0) return;
      const callbacks = new Set<ProblemListener>();
      for (const current of listeners) {
        const callback = current();
        if (callback) callbacks.add(callback);
      }
      for (const callback of callbacks) {
        try {
          callback([...problems]);
        } catch (error) {
          // A host callback that throws must not turn a good response into a failed one; surface it on its own.
          queueMicrotask(() => {
            throw error;
          });
        }
      }
    },
  };
}

/** The problem reporter for `endpoint` within one SWR cache. */
export const sharedProblemReporter = perCache(createProblemReporter);
