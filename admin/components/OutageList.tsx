import { VaButton } from '@department-of-veterans-affairs/component-library/dist/react-bindings/index.js';
import { formatEasternTime } from '../../src/index';
import type { OutageView } from '../../src/server/adminState';
import { serviceLabel } from '../serviceChoices';
import { useAdmin } from './adminContext';
import { ErrorSummary } from './ErrorSummary';
import { SuccessNote } from './SuccessNote';
import { useAdminAction } from './useAdminAction';

const RECENT_LIMIT = 5;

function at(iso: string): string {
  return formatEasternTime(Date.parse(iso));
}

function OutageSource({ outage }: { outage: OutageView }) {
  if (outage.source === 'datadog') {
    return (
      <p className="admin-meta">
        Opened by Datadog monitor {outage.monitorId ?? '(no id)'}
        {outage.title ? `: ${outage.title}` : ''}. Its title is never shown to Veterans.
      </p>
    );
  }
  return <p className="admin-meta">Published on this page.</p>;
}

function OutageMessage({ message }: { message: string }) {
  if (!message) return <p className="admin-meta">No message: the banner uses its standard wording.</p>;
  return <blockquote className="admin-message">{message}</blockquote>;
}

/** The open outages, each with a button to end it, and the latest ended ones. */
export function OutageList() {
  const { state } = useAdmin();
  const { busy, problem, success, run } = useAdminAction();
  const open = state.outages.filter((o) => o.status === 'open');
  const ended = state.outages.filter((o) => o.status === 'ended').slice(0, RECENT_LIMIT);

  function end(outage: OutageView) {
    void run(
      (client, version) => client.write('POST', `/outages/${outage.id}/end`, version),
      `Ended the ${serviceLabel(outage.service)} outage. Sign-in pages drop its banner at their next check.`,
    );
  }

  return (
    <>
      <ErrorSummary problem={problem} headingLevel={3} />
      <SuccessNote message={success} />
      {open.length === 0 ? (
        <p className="admin-empty">No outage is published right now.</p>
      ) : (
        <ul className="admin-items" aria-label="Open outages">
          {open.map((outage) => (
            <li key={outage.id} className="admin-item admin-item--open" data-outage-id={outage.id}>
              <p className="admin-item-title">
                <strong>{serviceLabel(outage.service)}</strong>{' '}
                <span className={`admin-tag admin-tag--${outage.severity}`}>{outage.severity === 'critical' ? 'Critical' : 'Warning'}</span>{' '}
                <span className="admin-meta">#{outage.id}</span>
              </p>
              <OutageMessage message={outage.message} />
              <p>
                Started {at(outage.startedAt)}.{' '}
                {outage.expectedEndAt ? `Expected to end ${at(outage.expectedEndAt)}.` : 'No expected end.'}
              </p>
              <OutageSource outage={outage} />
              <VaButton
                text="End outage"
                label={`End outage #${outage.id} on ${serviceLabel(outage.service)}`}
                secondary
                disabled={busy}
                onClick={() => end(outage)}
              />
            </li>
          ))}
        </ul>
      )}
      {ended.length > 0 ? (
        <details className="admin-recent">
          <summary>Ended outages ({ended.length})</summary>
          <ul className="admin-items">
            {ended.map((outage) => (
              <li key={outage.id} className="admin-item" data-outage-id={outage.id}>
                <p className="admin-item-title">
                  <strong>{serviceLabel(outage.service)}</strong> <span className="admin-meta">#{outage.id}</span>
                </p>
                <OutageMessage message={outage.message} />
                <p>
                  From {at(outage.startedAt)} to {at(outage.endedAt!)}.
                </p>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
