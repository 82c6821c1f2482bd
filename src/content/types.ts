import type { BannerModel } from '../core/types';

/** Languages the catalog is written in. */
export type Locale = 'en' | 'es';

/** The task a Veteran came to do, which picks the task-specific phone lines. */
export type Task = 'direct-deposit' | 'health' | 'claims' | 'education' | 'general';

/** The colour and urgency of a banner, matching `va-alert` `status`. */
export type Tone = 'info' | 'warning' | 'error';

/** One phone line to offer. Numbers are digits only, ready for `va-telephone`'s `contact`. */
export interface Contact {
  /** Stable id, such as `myva411` or `benefits`. */
  id: string;
  /** What the line is for, as plain text ("MyVA411 main information line"). */
  label: string;
  /** Digits for `va-telephone` `contact` ("8006982411", "988"). */
  phone: string;
  /** What to do once connected ("select 0"), or `undefined`. */
  instruction?: string;
  /** TTY or relay digits ("711"), or `undefined`. */
  tty?: string;
  /** Opening hours as text ("24/7"), or `undefined`. */
  hours?: string;
}

/** A web page to offer, such as a provider's help center. */
export interface HelpLink {
  text: string;
  href: string;
}

/** The words of one banner, as text. */
export interface BannerCopy {
  headline: string;
  /** Paragraphs, in reading order: what still works, when it's back, the window's own message. */
  body: string[];
  tone: Tone;
  /** Phone lines, most useful first. Always includes MyVA411 for outage and maintenance banners. */
  contacts: Contact[];
  /** Help pages, such as Login.gov's or ID.me's help center. */
  links: HelpLink[];
}

/** Options for `describeBanner`. */
export interface DescribeBannerOptions {
  /** Language of the copy. @defaultValue 'en' */
  locale?: Locale;
  /** IANA zone times are shown in; VA style is Eastern time. @defaultValue 'America/New_York' */
  timeZone?: string;
  /** The task the Veteran came for, which adds task-specific lines. @defaultValue 'general' */
  task?: Task;
}

/** Fixed words of the banner's chrome (not of any one state). */
export interface UiText {
  /** Heading above the phone lines ("Other ways to get help"). */
  contactsHeading: string;
  /** Label before a TTY number ("TTY"). */
  tty: string;
  /** Label of the control that brings a dismissed banner back ("Show sign-in status"). */
  showStatus: string;
  /** Accessible label of the close button ("Dismiss this notice"). */
  dismiss: string;
  /** Used with a `generic-warning` API-failure policy: headline and one paragraph. */
  statusUnknownHeadline: string;
  statusUnknownBody: string;
}

export type { BannerModel };
