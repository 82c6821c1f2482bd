import { useState, type FormEvent } from 'react';
import { serviceLabel } from '../serviceChoices';
import { ErrorSummary } from './ErrorSummary';
import { Field } from './Field';
import { ServiceSelect } from './ServiceSelect';
import { SuccessNote } from './SuccessNote';
import { useAdminAction } from './useAdminAction';

/** PagerDuty-style statuses, in words. */
export const STATUS_WORDS: Record<string, string> = {
  active: 'Active (no incident)',
  warning: 'Warning (acknowledged incident)',
  critical: 'Critical (open incident)',
  maintenance: 'Maintenance',
};

const FIELD_IDS = { service: 'incident-service', status: 'incident-status' };

/** Sets a service's status by hand, the way an incident opened in PagerDuty would. */
export function IncidentForm() {
  const { busy, problem, success, run } = useAdminAction();
  const [service, setService] = useState('idme');
  const [status, setStatus] = useState('critical');

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(
      (client, version) => client.write('PUT', `/incidents/${encodeURIComponent(service)}`, version, { status }),
      `Set ${serviceLabel(service)} to ${STATUS_WORDS[status] ?? status}.`,
    );
  }

  const fields = problem?.fields ?? {};
  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-labelledby="incident-form-heading">
      <h3 id="incident-form-heading">Set a service's status</h3>
      <p className="admin-hint">Like opening or resolving an incident in PagerDuty. Veterans see no message of yours, only the banner's standard wording.</p>
      <ErrorSummary problem={problem} fieldIds={FIELD_IDS} />
      <SuccessNote message={success} />
      <div className="admin-field-row">
        <Field id={FIELD_IDS.service} label="Service" error={fields.service}>
          {(control) => <ServiceSelect {...control} value={service} onChange={setService} />}
        </Field>
        <Field id={FIELD_IDS.status} label="Status" error={fields.status}>
          {(control) => (
            <select {...control} value={status} onChange={(e) => setStatus(e.target.value)}>
              {Object.entries(STATUS_WORDS).map(([value, words]) => (
                <option key={value} value={value}>
                  {words}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <button type="submit" className="admin-button" disabled={busy}>
        {busy ? 'Saving…' : 'Set status'}
      </button>
    </form>
  );
}
