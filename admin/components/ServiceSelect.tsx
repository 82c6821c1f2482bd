import { SERVICE_GROUPS } from '../serviceChoices';
import type { FieldControlProps } from './Field';

interface ServiceSelectProps extends FieldControlProps {
  value: string;
  onChange(value: string): void;
}

/** A select of services by their friendly names, grouped by how they affect sign-in. */
export function ServiceSelect({ value, onChange, ...control }: ServiceSelectProps) {
  return (
    <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
      {SERVICE_GROUPS.map((group) => (
        <optgroup key={group.label} label={group.label}>
          {group.services.map((service) => (
            <option key={service.id} value={service.id}>
              {service.label}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
