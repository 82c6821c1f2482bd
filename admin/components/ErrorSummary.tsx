import { VaAlert } from '@department-of-veterans-affairs/component-library/dist/react-bindings/index.js';
import { useEffect, useRef } from 'react';
import type { ActionProblem } from './adminContext';
import { focusInAlert } from './focusInAlert';

interface ErrorSummaryProps {
  problem: ActionProblem | null;
  /** Input id per API field name, so each message links to its field. */
  fieldIds?: Record<string, string>;
  headingLevel?: 3 | 4;
}

/** An error alert that takes focus when a new problem arrives, listing each field's message with a link to the field. */
export function ErrorSummary({ problem, fieldIds = {}, headingLevel = 4 }: ErrorSummaryProps) {
  const alert = useRef<HTMLVaAlertElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (problem) void focusInAlert(alert.current, heading.current);
  }, [problem]);
  if (!problem) return null;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const entries = Object.entries(problem.fields);
  return (
    <VaAlert ref={alert} status="error" className="admin-alert" data-testid="error-summary">
      <Heading slot="headline" tabIndex={-1} ref={heading}>
        There is a problem
      </Heading>
      <p>{problem.message}</p>
      {entries.length > 0 ? (
        <ul>
          {entries.map(([field, message]) => (
            <li key={field}>
              {fieldIds[field] ? <a href={`#${fieldIds[field]}`}>{message}</a> : message}
            </li>
          ))}
        </ul>
      ) : null}
    </VaAlert>
  );
}
