import { serviceLabel } from '../serviceChoices';
import { useAdmin } from './adminContext';
import { STATUS_WORDS } from './IncidentForm';

/** What vets-api reports now for each service, next to the status set by hand. */
export function ServiceStatusTable() {
  const { state } = useAdmin();
  const services = Object.keys(state.statuses).sort((a, b) => serviceLabel(a).localeCompare(serviceLabel(b)));
  return (
    <table className="admin-table">
      <caption className="admin-sr-only">Status of each service</caption>
      <thead>
        <tr>
          <th scope="col">Service</th>
          <th scope="col">Reported to VA.gov now</th>
          <th scope="col">Set by hand</th>
        </tr>
      </thead>
      <tbody>
        {services.map((service) => {
          const reported = state.statuses[service] ?? 'active';
          const byHand = state.incidents[service];
          return (
            <tr key={service} data-service={service}>
              <th scope="row">{serviceLabel(service)}</th>
              <td>
                <span className={`admin-tag admin-tag--${reported}`}>{reported}</span>
              </td>
              <td>{byHand ? (STATUS_WORDS[byHand] ?? byHand) : '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
