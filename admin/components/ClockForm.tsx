import { useState, type FormEvent } from 'react';
import { formatDuration, formatEasternTime } from '../../src/index';
import { EASTERN_TIME_ZONE } from '../easternTime';
import { useAdmin } from './adminContext';
import { ErrorSummary } from './ErrorSummary';
import { Field } from './Field';
import { SuccessNote } from './SuccessNote';
import { useAdminAction } from './useAdminAction';

function describeOffset(offsetMs: number): string {
  if (offsetMs === 0) return 'It follows the real time.';
  return `It runs ${formatDuration(Math.abs(offsetMs))} ${offsetMs > 0 ? 'ahead of' : 'behind'} the real time.`;
}

/** Moves the server's clock, so that everything it serves (the demo page included) acts as if it were another time. */
export function ClockForm() {
  const { state, serverNow } = useAdmin();
  const { busy, problem, success, run } = useAdminAction();
  const [at, setAt] = useState('');

  async function move(event: FormEvent) {
    event.preventDefault();
    await run((client, version) => client.write('PUT', '/time', version, { at, timeZone: EASTERN_TIME_ZONE }), 'Moved the server clock.');
  }

  async function reset() {
    await run((client, version) => client.write('PUT', '/time', version, { offsetMs: 0 }), 'The server clock is back to the real time.');
  }

  return (
    <form className="admin-form" onSubmit={move} noValidate aria-labelledby="clock-form-heading">
      <h3 id="clock-form-heading">Server clock</h3>
      <p>
        The server's clock reads <strong>{formatEasternTime(serverNow)}</strong>. {describeOffset(state.timeOffsetMs)}
      </p>
      <ErrorSummary problem={problem} fieldIds={{ at: 'clock-at', timeZone: 'clock-at', offsetMs: 'clock-at' }} />
      <SuccessNote message={success} />
      <Field
        id="clock-at"
        label="Move the clock to, Eastern time"
        hint="Changes what the server reports to every page, the demo sign-in page included. To look at one time without changing anything, use the preview's time instead."
        error={problem?.fields.at ?? problem?.fields.offsetMs}
      >
        {(control) => <input {...control} type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} />}
      </Field>
      <div className="admin-actions">
        <button type="submit" className="admin-button admin-button--secondary" disabled={busy}>
          Move the clock
        </button>
        <button type="button" className="admin-button admin-button--secondary" disabled={busy || state.timeOffsetMs === 0} onClick={reset}>
          Back to real time
        </button>
      </div>
    </form>
  );
}
