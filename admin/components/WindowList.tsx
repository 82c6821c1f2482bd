import { VaButton } from '@department-of-veterans-affairs/component-library/dist/react-bindings/index.js';
import { formatEasternTime, formatWindowTime } from '../../src/index';
import type { WindowPhase, WindowView } from '../../src/server/adminState';
import { serviceLabel } from '../serviceChoices';
import { useAdmin } from './adminContext';
import { ErrorSummary } from './ErrorSummary';
import { SuccessNote } from './SuccessNote';
import { useAdminAction } from './useAdminAction';

const RECENT_LIMIT = 5;

const PHASES: ReadonlyArray<{ phase: WindowPhase; heading: string; empty: string }> = [
  { phase: 'current', heading: 'Happening now', empty: 'No maintenance is in progress.' },
  { phase: 'upcoming', heading: 'Coming up', empty: 'No maintenance is scheduled.' },
  { phase: 'recent', heading: 'Ended recently', empty: 'None.' },
];

const SOURCES: Record<WindowView['source'], string> = {
  admin: 'Added on this page.',
  scenario: 'From the loaded scenario.',
  pagerduty: 'Imported from PagerDuty.',
};

/** Maintenance windows in three groups, current, upcoming and recent, with times in Eastern time. */
export function WindowList() {
  const { state, serverNow } = useAdmin();
  const { busy, problem, success, run } = useAdminAction();

  function endNow(window: WindowView) {
    void run(
      (client, version) => client.write('PATCH', `/windows/${window.id}`, version, { endsAt: new Date(serverNow).toISOString() }),
      `Ended the ${serviceLabel(window.service)} maintenance now.`,
    );
  }

  function remove(window: WindowView) {
    void run(
      (client, version) => client.write('DELETE', `/windows/${window.id}`, version),
      `Deleted the ${serviceLabel(window.service)} maintenance window.`,
    );
  }

  return (
    <>
      <ErrorSummary problem={problem} headingLevel={3} />
      <SuccessNote message={success} />
      {PHASES.map(({ phase, heading, empty }) => {
        const all = state.windows.filter((w) => w.status === phase);
        const windows = phase === 'recent' ? all.slice(0, RECENT_LIMIT) : all;
        if (phase === 'recent' && windows.length === 0) return null;
        return (
          <div key={phase} className="admin-group">
            <h3>{heading}</h3>
            {windows.length === 0 ? (
              <p className="admin-empty">{empty}</p>
            ) : (
              <ul className="admin-items">
                {windows.map((window) => {
                  const label = serviceLabel(window.service);
                  const ends = window.endsAt === null ? null : Date.parse(window.endsAt);
                  return (
                    <li key={window.id} className={`admin-item admin-item--${phase}`} data-window-id={window.id}>
                      <p className="admin-item-title">
                        <strong>{label}</strong> <span className="admin-meta">#{window.id}</span>
                      </p>
                      <p>Scheduled {formatWindowTime(Date.parse(window.startsAt), ends)}.</p>
                      {phase === 'recent' && ends !== null ? <p>Ended {formatEasternTime(ends)}.</p> : null}
                      {window.description ? (
                        <blockquote className="admin-message">{window.description}</blockquote>
                      ) : (
                        <p className="admin-meta">No message: the banner uses its standard wording.</p>
                      )}
                      <p className="admin-meta">
                        {SOURCES[window.source]}
                        {window.pagerDutyId ? ` PagerDuty window ${window.pagerDutyId}.` : ''}
                      </p>
                      <div className="admin-actions">
                        {phase === 'current' ? (
                          <VaButton text="End now" label={`End maintenance #${window.id} on ${label} now`} secondary disabled={busy} onClick={() => endNow(window)} />
                        ) : null}
                        <VaButton text="Delete" label={`Delete maintenance #${window.id} on ${label}`} secondary disabled={busy} onClick={() => remove(window)} />
                      </div>
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        );
      })}
    </>
  );
}
