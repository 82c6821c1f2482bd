import { VaAlert, VaLink, VaTelephone } from '@department-of-veterans-affairs/component-library/dist/react-bindings/index.js';
import { useId, useMemo } from 'react';
import type { BannerModel } from '../core/types';
import { describeBanner, getUiText } from '../content';
import type { BannerCopy, Contact, DescribeBannerOptions, Locale, Task, UiText } from '../content';
import { useMaintenanceWindows, type UseMaintenanceWindowsOptions } from './useMaintenanceWindows';

/** Heading levels a banner's headline can take; 1 is the page's own title. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Props of {@link DowntimeBanner}: the hook's options plus how to word and mark up the banners. */
export interface DowntimeBannerProps extends UseMaintenanceWindowsOptions {
  /** Level of each banner's headline, to fit the page's outline. @defaultValue 2 */
  headingLevel?: HeadingLevel;
  /** Language of the copy. @defaultValue 'en' */
  locale?: Locale;
  /** The task the Veteran came for, which adds task-specific phone lines. @defaultValue 'general' */
  task?: Task;
  /** IANA zone that times are shown in. @defaultValue 'America/New_York' */
  timeZone?: string;
  /** Class added to the root element. @defaultValue undefined */
  className?: string;
}

const HEADINGS = { 2: 'h2', 3: 'h3', 4: 'h4', 5: 'h5', 6: 'h6' } as const satisfies Record<HeadingLevel, string>;

// A short FNV-1a digest keeps ids readable; banner ids carry window ids and instants and can run long.
function idFor(base: string, banner: BannerModel): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < banner.id.length; i++) hash = Math.imul(hash ^ banner.id.charCodeAt(i), 0x01000193);
  return `${base}-${(hash >>> 0).toString(36)}`;
}

// SMS lines are left out until the catalog has a word to label them with; no banner offers one today.
function ContactItem({ contact }: { contact: Contact }) {
  return (
    <li>
      {contact.label}
      {contact.hours ? ` (${contact.hours})` : null}: <VaTelephone contact={contact.phone} />
      {contact.instruction ? `, ${contact.instruction}` : null}
      {contact.tty ? (
        <>
          {' ('}
          <VaTelephone contact={contact.tty} tty />)
        </>
      ) : null}
    </li>
  );
}

interface BannerAlertProps {
  banner: BannerModel;
  copy: BannerCopy;
  ui: UiText;
  heading: (typeof HEADINGS)[HeadingLevel];
  id: string;
}

function BannerAlert({ banner, copy, ui, heading: Heading, id }: BannerAlertProps) {
  const contactsId = `${id}-contacts`;
  return (
    <VaAlert status={copy.tone} data-state={banner.state} id={id}>
      <Heading id={`${id}-headline`} slot="headline">
        {copy.headline}
      </Heading>
      {copy.body.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
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

/**
 * The sign-in downtime banners: one `va-alert` per banner, worst first, each with a real heading, plain-text
 * paragraphs and alternate phone lines. Renders nothing at all while every provider is `ok` and while the first
 * request is in flight. The host app registers the VA web components; this never does.
 *
 * @example
 * <DowntimeBanner endpoint={`${environment.API_URL}/v0/backend_statuses`} task="direct-deposit" headingLevel={3} />
 */
export function DowntimeBanner(props: DowntimeBannerProps) {
  const { headingLevel = 2, locale = 'en', task, timeZone, className, ...hookOptions } = props;
  const { snapshot, state } = useMaintenanceWindows(hookOptions);
  const baseId = useId();
  const described = useMemo(() => {
    const options: DescribeBannerOptions = { locale };
    if (task) options.task = task;
    if (timeZone) options.timeZone = timeZone;
    return state.banners.map((banner) => ({ banner, copy: describeBanner(banner, options) }));
  }, [state.banners, locale, task, timeZone]);

  const worst = described[0];
  if (snapshot === undefined || worst === undefined) return null;
  const ui = getUiText(locale);
  const heading = HEADINGS[headingLevel] ?? HEADINGS[2];
  return (
    <div className={className} data-state={worst.banner.state}>
      {described.map(({ banner, copy }) => (
        <BannerAlert key={banner.id} banner={banner} copy={copy} ui={ui} heading={heading} id={idFor(baseId, banner)} />
      ))}
    </div>
  );
}
