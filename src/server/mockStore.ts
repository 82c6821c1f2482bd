import { HttpProblem } from './httpProblem';
import { HISTORY_LIMIT, emptyStore, type AuditEntry, type StoreData } from './storeData';
import { readStoreFile, removeStaleTempFiles, writeStoreFileAtomic } from './storeFile';

/** The store version a writer last saw (from `If-Match`), or `*` to write whatever the current version is. */
export type ExpectedVersion = number | '*';

/** What a change function did: its result plus the audit line, or `unchanged` to skip the write. */
export type AppliedChange<T> = { result: T; action: string; summary: string } | { result: T; unchanged: true };

/** Who is writing, when (real time), and which version they expect. */
export interface ChangeContext {
  expectedVersion: ExpectedVersion;
  who: string;
  /** Real clock time of the change, in epoch ms, for the audit log. */
  at: number;
}

/** The persisted state, with writes serialised and made durable before they are acknowledged. */
export interface MockStore {
  readonly filePath: string;
  /** The last committed state. Never mutate it. */
  read(): StoreData;
  /**
   * Applies `apply` to a copy of the current state, checks the expected version, writes the file atomically,
   * and only then makes the new state visible. A throw inside `apply` leaves everything untouched.
   */
  change<T>(context: ChangeContext, apply: (draft: StoreData) => AppliedChange<T>): Promise<{ data: StoreData; result: T }>;
  /** Resolves when every queued write has finished. */
  settled(): Promise<void>;
}

/** Options for {@link openMockStore}. */
export interface OpenMockStoreOptions {
  filePath: string;
  /** Called after each committed change with its audit entry. @defaultValue undefined */
  onChange?: (entry: AuditEntry) => void;
}

/** Opens (or creates) the store file. Throws `StoreFileError` when the file exists but is not a valid store. */
export async function openMockStore(options: OpenMockStoreOptions): Promise<MockStore> {
  const { filePath } = options;
  await removeStaleTempFiles(filePath);
  let committed = await readStoreFile(filePath);
  if (!committed) {
    committed = emptyStore();
    await writeStoreFileAtomic(filePath, committed);
  }
  let queue: Promise<unknown> = Promise.resolve();

  async function run<T>(context: ChangeContext, apply: (draft: StoreData) => AppliedChange<T>) {
    const current = committed!;
    if (context.expectedVersion !== '*' && context.expectedVersion !== current.version) {
      throw new HttpProblem(
        412,
        `The store changed since you read it (you sent version ${context.expectedVersion}, it is now ${current.version}). Reload and try again.`,
        undefined,
        { version: current.version },
      );
    }
    const draft = structuredClone(current);
    const applied = apply(draft);
    if ('unchanged' in applied) return { data: current, result: applied.result };
    draft.version = current.version + 1;
    const entry: AuditEntry = {
      at: new Date(context.at).toISOString(),
      who: context.who,
      action: applied.action,
      summary: applied.summary,
      version: draft.version,
    };
    draft.history.push(entry);
    if (draft.history.length > HISTORY_LIMIT) draft.history.splice(0, draft.history.length - HISTORY_LIMIT);
    await writeStoreFileAtomic(filePath, draft);
    committed = draft;
    options.onChange?.(entry);
    return { data: draft, result: applied.result };
  }

  return {
    filePath,
    read: () => committed!,
    change(context, apply) {
      const next = queue.then(() => run(context, apply));
      queue = next.catch(() => undefined);
      return next;
    },
    settled: () => queue.then(() => undefined),
  };
}
