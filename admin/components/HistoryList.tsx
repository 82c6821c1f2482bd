import { formatEasternTime } from '../../src/index';
import type { AuditEntry } from '../../src/server/storeData';

/** The latest changes, newest first, with who made them. */
export function HistoryList({ history }: { history: readonly AuditEntry[] }) {
  if (history.length === 0) return <p className="admin-empty">No changes yet.</p>;
  return (
    <ol className="admin-history">
      {history.map((entry) => (
        <li key={`${entry.version}-${entry.at}`}>
          <span className="admin-meta">{formatEasternTime(Date.parse(entry.at))}</span> <strong>{entry.who}</strong>: {entry.summary}
        </li>
      ))}
    </ol>
  );
}
