import { VaAlert } from '@department-of-veterans-affairs/component-library/dist/react-bindings/index.js';

/** A slim success alert after a write. Screen readers hear it through the page's status region. */
export function SuccessNote({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <VaAlert status="success" slim className="admin-alert">
      <p>{message}</p>
    </VaAlert>
  );
}
