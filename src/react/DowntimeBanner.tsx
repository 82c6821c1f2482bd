import { useEffect, useId, useMemo, useRef } from 'react';
import type { BannerModel, BannerState } from '../core/types';
import { catalogEn, describeBanner, describeContact } from '../content';
import type { BannerCopy, Catalog, DescribeBannerOptions, Task, UiText } from '../content';
import { announcementLedger } from './announcementLedger';
import { BannerAlert, type HeadingLevel } from './BannerAlert';
import { dismissalExpiry, dismissalKey, isDismissible } from './dismissalKey';
import { focusWhenRendered } from './focusWhenRendered';
import { hashText } from './hashText';
import { LiveRegion } from './LiveRegion';
import { useAnnouncement, type AnnouncementItem } from './useAnnouncement';
import { useDismissals } from './useDismissals';
import { useMaintenanceWindows, type UseMaintenanceWindowsOptions } from './useMaintenanceWindows';
import { browserStorage, type KeyValueStorage } from './webStorage';

export type { HeadingLevel, KeyValueStorage };

const STACK_STYLE = { display: 'grid', gap: '1.5rem' } as const;
// Looks like VA's link-style button on its own: hosts that lack VA.gov's `va-button-link` rule would otherwise show a
// grey browser button. The outline is left alone so the browser's or VA's focus ring still shows.
const RECALL_STYLE = {
  justifySelf: 'start',
  background: 'none',
  border: 'none',
  padding: 0,
  color: '#005ea2',
  textDecoration: 'underline',
  cursor: 'pointer',
  font: 'inherit',
} as const;

/** What the root's `data-state` says: the worst banner on screen, `dismissed` when only the recall control is left, or `status-unknown`. */
export type BannerDisplayState = BannerState | 'dismissed' | 'status-unknown';

/** Props of {@link DowntimeBanner}: the hook's options plus how to word, mark up and remember the banners. */
export interface DowntimeBannerProps extends UseMaintenanceWindowsOptions {
  /** Level of each banner's headline, to fit the page's outline. @defaultValue 2 */
  headingLevel?: HeadingLevel;
  /** The words to use; for Spanish, `catalogEs` from `@va-identity/downtime-banner/es`. @defaultValue catalogEn */
  catalog?: Catalog;
  /** The task the Veteran came for, which adds task-specific phone lines. @defaultValue 'general' */
  task?: Task;
  /** IANA zone that times are shown in. @defaultValue 'America/New_York' */
  timeZone?: string;
  /** Class added to the root element. @defaultValue undefined */
  className?: string;
  /** Let Veterans dismiss upcoming and maintenance banners (outages can never be dismissed). With `false`, those banners also render on the server. @defaultValue true */
  dismissible?: boolean;
  /** Where dismissals are kept; may be asynchronous. `null` keeps them in memory for the page's lifetime. @defaultValue window.localStorage */
  dismissalStorage?: KeyValueStorage | null;
  /** Where the banners already announced to screen readers this session are kept. `null` keeps them in memory. @defaultValue window.sessionStorage */
  announcementStorage?: KeyValueStorage | null;
}

const STATUS_UNKNOWN = 'status-unknown';

interface Described {
  key: string;
  banner: BannerModel;
  copy: BannerCopy;
  dismissible: boolean;
}

// Hashing the banner's id keeps ids short and distinct; useId keeps two DowntimeBanners on one page apart.
function idFor(base: string, banner: BannerModel): string {
  return `${base}-${hashText(banner.id)}`;
}

function statusUnknownCopy(catalog: Catalog): BannerCopy {
  const ui: UiText = catalog.ui;
  return {
    headline: ui.statusUnknownHeadline,
    body: [ui.statusUnknownBody],
    tone: 'warning',
    contacts: [describeContact('myva411', catalog)],
    links: [],
  };
}

/**
 * The sign-in downtime banners: one `va-alert` per banner, worst first, each with a real heading, plain-text
 * paragraphs and alternate phone lines. The host app registers the VA web components; this never does.
 *
 * - Upcoming and maintenance banners can be dismissed; the dismissal lasts until the window ends, its phase
 *   changes or its message changes. A dismissed banner leaves a "Show sign-in status" control, and focus moves
 *   to it; bringing the banner back moves focus to its heading.
 * - Nothing untrue is painted: nothing while the first request is in flight, and no dismissible banner until
 *   dismissals have been read (so on the server they are left out, and appear right after hydration).
 * - A visually hidden polite live region is always rendered, even when every provider is `ok` (then it is the
 *   only output: empty, and with no visible wrapper). Changes after mount put one sentence in it.
 *
 * @example
 * <DowntimeBanner endpoint={`${environment.API_URL}/v0/backend_statuses`} task="direct-deposit" headingLevel={3} />
 *
 * @example
 * // On a Spanish page:
 * import { catalogEs } from '@va-identity/downtime-banner/es';
 * <DowntimeBanner endpoint={`${environment.API_URL}/v0/backend_statuses`} catalog={catalogEs} />
 */
export function DowntimeBanner(props: DowntimeBannerProps) {
  const {
    headingLevel = 2,
    catalog = catalogEn,
    task,
    timeZone,
    className,
    dismissible = true,
    dismissalStorage,
    announcementStorage,
    ...hookOptions
  } = props;
  const result = useMaintenanceWindows(hookOptions);
  const { snapshot, state } = result;
  const baseId = useId();
  const ui = catalog.ui;
  const dismissals = useDismissals(dismissible ? dismissalStorage : null);

  const described = useMemo<Described[]>(() => {
    const options: DescribeBannerOptions = { catalog };
    if (task) options.task = task;
    if (timeZone) options.timeZone = timeZone;
    return state.banners.map((banner) => ({
      key: dismissalKey(banner),
      banner,
      copy: describeBanner(banner, options),
      dismissible: dismissible && isDismissible(banner),
    }));
  }, [state.banners, catalog, task, timeZone, dismissible]);

  // The hook's instant follows the server's clock, so dismissals expire by the same clock that ends the windows.
  const { now } = result;
  const statusUnknown = result.showStatusUnknown;
  const items: AnnouncementItem[] = described.map(({ key, banner, copy, dismissible: canDismiss }) => ({
    key,
    outage: banner.state === 'down',
    headline: copy.headline,
    dismissible: canDismiss,
    dismissed: canDismiss && dismissals.isDismissed(key, now),
  }));
  // Announced like a banner, but not dismissible: it stands in for banners nobody can vouch for.
  const announced: AnnouncementItem[] = statusUnknown
    ? [...items, { key: STATUS_UNKNOWN, outage: false, headline: ui.statusUnknownHeadline, dismissible: false, dismissed: false }]
    : items;
  const ledger = useMemo(
    () => announcementLedger(announcementStorage === null ? undefined : (announcementStorage ?? browserStorage('sessionStorage'))),
    [announcementStorage],
  );
  const announcement = useAnnouncement({
    items: announced,
    loaded: snapshot !== undefined,
    ready: dismissals.ready,
    ledger,
    allClear: ui.statusClear,
  });

  const visible = described.filter((entry, index) => !entry.dismissible || (dismissals.ready && !items[index]!.dismissed));
  const hidden = described.filter((entry, index) => dismissals.ready && items[index]!.dismissed);

  const recallRef = useRef<HTMLButtonElement>(null);
  const focusRequest = useRef<{ to: 'recall' } | { to: 'heading'; id: string } | null>(null);
  useEffect(() => {
    const request = focusRequest.current;
    if (!request) return;
    // One commit only: a request whose target didn't render (the state moved on) must not steal focus later.
    focusRequest.current = null;
    const target = request.to === 'recall' ? recallRef.current : document.getElementById(request.id);
    if (target) focusWhenRendered(target);
  });

  const dismiss = (entry: Described) => {
    focusRequest.current = { to: 'recall' };
    dismissals.dismiss(entry.key, dismissalExpiry(entry.banner, now), now);
  };
  const recall = () => {
    const first = hidden[0];
    if (!first) return;
    focusRequest.current = { to: 'heading', id: `${idFor(baseId, first.banner)}-headline` };
    dismissals.restore(
      hidden.map((entry) => entry.key),
      now,
    );
  };

  const rootState: BannerDisplayState | undefined =
    visible[0]?.banner.state ?? (statusUnknown ? 'status-unknown' : hidden.length ? 'dismissed' : undefined);
  return (
    <>
      {rootState === undefined ? null : (
        // The gap spaces stacked banners without adding margin around a single one.
        // `lang` lets a screen reader switch voices when the banner's language isn't the page's (WCAG 3.1.2).
        <div className={className} data-state={rootState} style={STACK_STYLE} lang={catalog.locale}>
          {visible.map((entry) => (
            <BannerAlert
              key={entry.banner.id}
              state={entry.banner.state}
              copy={entry.copy}
              ui={ui}
              headingLevel={headingLevel}
              id={idFor(baseId, entry.banner)}
              onDismiss={entry.dismissible ? () => dismiss(entry) : undefined}
            />
          ))}
          {statusUnknown ? (
            <BannerAlert
              state="status-unknown"
              copy={statusUnknownCopy(catalog)}
              ui={ui}
              headingLevel={headingLevel}
              id={`${baseId}-${STATUS_UNKNOWN}`}
            />
          ) : null}
          {hidden.length ? (
            <button
              type="button"
              ref={recallRef}
              className="va-button-link"
              style={RECALL_STYLE}
              data-downtime-recall=""
              onClick={recall}
            >
              {ui.showStatus}
            </button>
          ) : null}
        </div>
      )}
      <LiveRegion polite={announcement.polite} urgent={announcement.urgent} lang={catalog.locale} />
    </>
  );
}
