import { useState, type FormEvent } from 'react';
import { EASTERN_TIME_ZONE } from '../easternTime';
import { serviceLabel } from '../serviceChoices';
import { ErrorSummary } from './ErrorSummary';
import { Field } from './Field';
import { ServiceSelect } from './ServiceSelect';
import { SuccessNote } from './SuccessNote';
import { useAdminAction } from './useAdminAction';

const FIELD_IDS = { service: 'outage-service', message: 'outage-message', expectedEndAt: 'outage-expected-end', timeZone: 'outage-expected-end' };

/** Publishes a current, unplanned outage on one service, with the message Veterans will read. */
export function OutageForm() {
  const { busy, problem, success, run } = useAdminAction();
  const [service, setService] = useState('logingov');
  const [message, setMessage] = useState('');
  const [expectedEnd, setExpectedEnd] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body: Record<string, unknown> = { service, message, timeZone: EASTERN_TIME_ZONE };
    if (expectedEnd) body.expectedEndAt = expectedEnd;
    const published = await run(
      (client, version) => client.write('POST', '/outages', version, body),
      `Published the ${serviceLabel(service)} outage. Sign-in pages show it at their next check.`,
    );
    if (published) {
      setMessage('');
      setExpectedEnd('');
    }
  }

  const fields = problem?.fields ?? {};
  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-labelledby="outage-form-heading">
      <h3 id="outage-form-heading">Publish a current outage</h3>
      <ErrorSummary problem={problem} fieldIds={FIELD_IDS} />
      <SuccessNote message={success} />
      <Field id={FIELD_IDS.service} label="Service that is down" error={fields.service}>
        {(control) => <ServiceSelect {...control} value={service} onChange={setService} />}
      </Field>
      <Field
        id={FIELD_IDS.message}
        label="Message for Veterans (required)"
        hint="Shown in the sign-in banner exactly as you type it, as plain text. Say what is not working and what still works."
        error={fields.message}
      >
        {(control) => <textarea {...control} rows={3} maxLength={1000} value={message} onChange={(e) => setMessage(e.target.value)} />}
      </Field>
      <Field
        id={FIELD_IDS.expectedEndAt}
        label="Expected end, Eastern time (optional)"
        hint="Leave empty if you don't know yet. The outage stays up until you end it."
        error={fields.expectedEndAt ?? fields.timeZone}
      >
        {(control) => <input {...control} type="datetime-local" value={expectedEnd} onChange={(e) => setExpectedEnd(e.target.value)} />}
      </Field>
      <button type="submit" className="admin-button" disabled={busy}>
        {busy ? 'Publishing…' : 'Publish outage'}
      </button>
    </form>
  );
}
