import { useState, type FormEvent } from 'react';
import { ErrorSummary } from './ErrorSummary';
import { Field } from './Field';
import { SuccessNote } from './SuccessNote';
import { useAdminAction } from './useAdminAction';

/** Loads a named scenario, replacing the schedule, outages and statuses. */
export function ScenarioForm({ scenarios, current }: { scenarios: readonly string[]; current: string | null }) {
  const { busy, problem, success, run } = useAdminAction();
  const [picked, setName] = useState('');
  const name = picked || current || scenarios[0] || '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run((client, version) => client.write('POST', '/scenario', version, { name }), `Loaded the scenario ${name}.`);
  }

  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-labelledby="scenario-form-heading">
      <h3 id="scenario-form-heading">Load a scenario</h3>
      <ErrorSummary problem={problem} fieldIds={{ name: 'scenario-name' }} />
      <SuccessNote message={success} />
      <Field
        id="scenario-name"
        label="Scenario"
        hint="Replaces every maintenance window, outage and status set by hand. The history and the clock stay."
        error={problem?.fields.name}
      >
        {(control) => (
          <select {...control} value={name} onChange={(e) => setName(e.target.value)}>
            {scenarios.map((scenario) => (
              <option key={scenario} value={scenario}>
                {scenario}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="admin-button admin-button--secondary" disabled={busy || !name}>
        {busy ? 'Loading…' : 'Load scenario'}
      </button>
    </form>
  );
}
