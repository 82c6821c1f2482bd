import { useState, type FormEvent } from 'react';
import { EASTERN_TIME_ZONE } from '../easternTime';
import { serviceLabel } from '../serviceChoices';
import { ErrorSummary } from './ErrorSummary';
import { Field } from './Field';
import { ServiceSelect } from './ServiceSelect';
import { SuccessNote } from './SuccessNote';
import { useAdminAction } from './useAdminAction';

const FIELD_IDS = {
  service: 'window-service',
  startsAt: 'window-starts',
  endsAt: 'window-ends',
  description: 'window-description',
  timeZone: 'window-starts',
};

/** Schedules a maintenance window, with start and end entered as Eastern wall-clock times. */
export function WindowForm() {
  const { busy, problem, success, run, fail } = useAdminAction();
  const [service, setService] = useState('logingov');
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [openEnded, setOpenEnded] = useState(false);
  const [description, setDescription] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!startsAt) missing.startsAt = 'Enter when the maintenance starts.';
    if (!openEnded && !endsAt) missing.endsAt = 'Enter when the maintenance ends, or check "No end time yet".';
    if (Object.keys(missing).length) {
      fail({ message: 'Fill in the fields marked below, then try again.', fields: missing });
      return;
    }
    const body = { service, startsAt, endsAt: openEnded ? null : endsAt, description, timeZone: EASTERN_TIME_ZONE };
    const scheduled = await run(
      (client, version) => client.write('POST', '/windows', version, body),
      `Scheduled maintenance on ${serviceLabel(service)}.`,
    );
    if (scheduled) {
      setStartsAt('');
      setEndsAt('');
      setDescription('');
      setOpenEnded(false);
    }
  }

  const fields = problem?.fields ?? {};
  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-labelledby="window-form-heading">
      <h3 id="window-form-heading">Schedule maintenance</h3>
      <ErrorSummary problem={problem} fieldIds={FIELD_IDS} />
      <SuccessNote message={success} />
      <Field id={FIELD_IDS.service} label="Service" error={fields.service}>
        {(control) => <ServiceSelect {...control} value={service} onChange={setService} />}
      </Field>
      <div className="admin-field-row">
        <Field id={FIELD_IDS.startsAt} label="Starts, Eastern time" error={fields.startsAt ?? fields.timeZone}>
          {(control) => <input {...control} type="datetime-local" value={startsAt} onChange={(e) => setStartsAt(e.target.value)} />}
        </Field>
        <Field id={FIELD_IDS.endsAt} label="Ends, Eastern time" error={fields.endsAt}>
          {(control) => (
            <input {...control} type="datetime-local" value={endsAt} disabled={openEnded} onChange={(e) => setEndsAt(e.target.value)} />
          )}
        </Field>
      </div>
      <div className="admin-check">
        <input id="window-open-ended" type="checkbox" checked={openEnded} onChange={(e) => setOpenEnded(e.target.checked)} />
        <label htmlFor="window-open-ended">No end time yet (open-ended)</label>
      </div>
      <Field
        id={FIELD_IDS.description}
        label="Message for Veterans (optional)"
        hint="Shown in the banner as plain text, like the text after USER_MESSAGE: in PagerDuty. Leave empty to use the banner's standard wording."
        error={fields.description}
      >
        {(control) => (
          <textarea {...control} rows={3} maxLength={1000} value={description} onChange={(e) => setDescription(e.target.value)} />
        )}
      </Field>
      <button type="submit" className="admin-button" disabled={busy}>
        {busy ? 'Scheduling…' : 'Schedule maintenance'}
      </button>
    </form>
  );
}
