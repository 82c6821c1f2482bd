import { VaAlert, VaLink, VaTelephone } from '@department-of-veterans-affairs/component-library/dist/react-bindings/index.js';
import type { BannerModel } from '../core/types';
import type { BannerCopy, Contact, UiText } from '../content';

/** Heading levels a banner's headline can take; 1 is the page's own title. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

const HEADINGS = { 2: 'h2', 3: 'h3', 4: 'h4', 5: 'h5', 6: 'h6' } as const satisfies Record<HeadingLevel, string>;

// SMS lines are left out until the catalog has a word to label them with; no banner offers one today.
function ContactItem({ contact }: { contact: Contact }) {
  return (
    <li>
      {contact.label}
      {contact.hours ? ` (${contact.hours})` : null}: <VaTelephone contact={contact.phone} />
      {contact.instruction ? `, ${contact.instruction}` : null}
      {contact.tty ? (
        <>
          {/* A no-break space keeps "(" with the words before it, so a wrap never leaves it alone at a line start. */}
          {'\u00a0('}
          <VaTelephone contact={contact.tty} tty />)
        </>
      ) : null}
    </li>
  );
}

/** Props of {@link BannerAlert}. */
export interface BannerAlertProps {
  /** What `data-state` says: the banner's state, or `status-unknown` for the API-failure notice. */
  state: BannerModel['state'] | 'status-unknown';
  copy: BannerCopy;
  ui: UiText;
  headingLevel: HeadingLevel;
  /** Unique on the page; the headline is `${id}-headline`, the phone list's label `${id}-contacts`. */
  id: string;
  /** Called when the Veteran presses the close button; without it the alert has no close button. @defaultValue undefined */
  onDismiss?: () => void;
}

/**
 * One `va-alert` with a real heading in its `headline` slot, plain-text paragraphs, phone lines and help links.
 * The heading takes `tabIndex={-1}` so that focus can be moved to it when a dismissed banner is brought back.
 */
export function BannerAlert({ state, copy, ui, headingLevel, id, onDismiss }: BannerAlertProps) {
  const Heading = HEADINGS[headingLevel] ?? HEADINGS[2];
  const contactsId = `${id}-contacts`;
  const dismissible = onDismiss !== undefined;
  return (
    <VaAlert
      status={copy.tone}
      data-state={state}
      id={id}
      closeable={dismissible || undefined}
      closeBtnAriaLabel={dismissible ? ui.dismiss : undefined}
      onCloseEvent={onDismiss}
    >
      {/* va-alert writes a hidden "Warning Alert" prefix into its headline as soon as it upgrades, which can be
          before React hydrates a server-rendered page; that text is the component's own, not a mismatch. */}
      <Heading id={`${id}-headline`} slot="headline" tabIndex={-1} suppressHydrationWarning>
        {copy.headline}
      </Heading>
      {copy.body.map((paragraph, index) => (
        // A window's own message is an operator's English, even inside a Spanish banner; `lang` tells screen readers.
        <p key={index} lang={index >= copy.body.length - (copy.messageCount ?? 0) ? 'en' : undefined}>
          {paragraph}
        </p>
      ))}
      {copy.contacts.length > 0 ? (
        <>
          <p id={contactsId}>
            <strong>{ui.contactsHeading}</strong>
          </p>
          <ul aria-labelledby={contactsId}>
            {copy.contacts.map((contact) => (
              <ContactItem key={contact.id} contact={contact} />
            ))}
          </ul>
        </>
      ) : null}
      {copy.links.length > 0 ? (
        <ul>
          {copy.links.map((link) => (
            <li key={link.href}>
              <VaLink href={link.href} text={link.text} />
            </li>
          ))}
        </ul>
      ) : null}
    </VaAlert>
  );
}
