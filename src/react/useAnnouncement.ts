import { useEffect, useRef, useState } from 'react';
import type { AnnouncementLedger } from './announcementLedger';

/** One banner as the announcer sees it. */
export interface AnnouncementItem {
  /** The banner's dismissal key: a new key is a new thing to say. */
  key: string;
  /** True for an active outage (a `down` banner), the one kind that may interrupt. */
  outage: boolean;
  /** The sentence to say: the banner's headline. */
  headline: string;
  /** Whether dismissal decides if it shows; such a banner is judged only once dismissals are read. */
  dismissible: boolean;
  dismissed: boolean;
}

/** What the live regions hold. */
export interface Announcement {
  /** Text of the polite region, one sentence or `''`. */
  polite: string;
  /** Text of the `role="alert"` region, or `null` for no such region. */
  urgent: string | null;
}

/** Options for {@link useAnnouncement}. */
export interface UseAnnouncementOptions {
  /** Every banner the state holds, worst first, dismissed or not. */
  items: readonly AnnouncementItem[];
  /** True once a snapshot has arrived. */
  loaded: boolean;
  /** True once dismissals have been read. */
  ready: boolean;
  ledger: AnnouncementLedger;
  /** The sentence for "every banner has cleared". */
  allClear: string;
}

interface Memory {
  /** Keys on screen at mount: the page showed them; they are not news. */
  baseline: Set<string>;
  /** Keys already judged. */
  seen: Set<string>;
  hadItems: boolean;
  hadSnapshot: boolean;
  politeKey: string | null;
  urgentKey: string | null;
}

const SILENT: Announcement = { polite: '', urgent: null };

/**
 * Decides what screen readers hear: one sentence when the state changes after mount, and nothing otherwise.
 * Banners present at mount, banners the Veteran dismissed, and banners already announced in this session (across
 * route changes) stay quiet. An outage that begins while the page is open goes to the `role="alert"` region;
 * everything else is polite. A sentence is withdrawn once its banner is gone, so the region never holds
 * something untrue.
 */
export function useAnnouncement({ items, loaded, ready, ledger, allClear }: UseAnnouncementOptions): Announcement {
  const [announcement, setAnnouncement] = useState<Announcement>(SILENT);
  const memory = useRef<Memory | null>(null);
  const signature = `${items.map((item) => `${item.key}${item.dismissed ? '~' : ''}`).join(',')}|${loaded}|${ready}`;

  useEffect(() => {
    const m = (memory.current ??= {
      baseline: new Set(items.map((item) => item.key)),
      seen: new Set(),
      hadItems: false,
      hadSnapshot: false,
      politeKey: null,
      urgentKey: null,
    });
    const known: string[] = [];
    const fresh: AnnouncementItem[] = [];
    for (const item of items) {
      if (m.seen.has(item.key) || (item.dismissible && !ready)) continue;
      m.seen.add(item.key);
      if (item.dismissed) continue;
      if (m.baseline.has(item.key)) known.push(item.key);
      else if (!ledger.has(item.key)) fresh.push(item);
    }
    ledger.add([...known, ...fresh.map((item) => item.key)]);

    let polite: string | null = null;
    let urgent: string | null = null;
    const worst = fresh[0];
    if (worst && worst.outage && m.hadSnapshot) {
      urgent = worst.headline;
      m.urgentKey = worst.key;
    } else if (worst) {
      polite = worst.headline;
      m.politeKey = worst.key;
    } else if (items.length === 0 && m.hadItems && loaded) {
      // Only data can say all is well: banners that vanish because nothing can be trusted any more get no sentence.
      polite = allClear;
      m.politeKey = null;
    }
    const present = new Set(items.map((item) => item.key));
    // The all-clear sentence is true only while nothing shows; any other sentence only while its banner does.
    const politeStale = polite === null && (m.politeKey === null ? items.length > 0 : !present.has(m.politeKey));
    const urgentStale = urgent === null && m.urgentKey !== null && !present.has(m.urgentKey);
    if (politeStale) m.politeKey = null;
    if (urgentStale) m.urgentKey = null;
    m.hadItems = items.length > 0;
    m.hadSnapshot ||= loaded;

    setAnnouncement((previous) => {
      const next: Announcement = {
        polite: polite ?? (politeStale ? '' : previous.polite),
        urgent: urgent ?? (urgentStale ? null : previous.urgent),
      };
      return next.polite === previous.polite && next.urgent === previous.urgent ? previous : next;
    });
    // `signature` stands for `items`, `loaded` and `ready`; an identical poll must not run this again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature]);

  return announcement;
}
