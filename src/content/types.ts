import type { BannerModel, BannerState, ProviderId } from '../core/types';

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
  /** Digits to text, for `va-telephone` `sms` ("838255"), or `undefined`. */
  sms?: string;
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
  /** How many of `body`'s last paragraphs are the windows' own messages, which operators write in English and no catalog translates. @defaultValue 0 */
  messageCount?: number;
  tone: Tone;
  /** Phone lines, most useful first. Always includes MyVA411 for outage and maintenance banners. */
  contacts: Contact[];
  /** Help pages, such as Login.gov's or ID.me's help center. */
  links: HelpLink[];
}

/** Options for `describeBanner`. */
export interface DescribeBannerOptions {
  /** The words to use: `catalogEn`, or `catalogEs` from the `./es` entry. @defaultValue catalogEn */
  catalog?: Catalog;
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
  /** Sentence for screen readers when every banner has cleared while the page is open ("All sign-in options are working now."). */
  statusClear: string;
  /** Used with a `generic-warning` API-failure policy: headline and one paragraph. */
  statusUnknownHeadline: string;
  statusUnknownBody: string;
}

export type { BannerModel };

/** Ids of the phone lines the catalog knows. */
export type ContactId = 'myva411' | 'benefits' | 'health-benefits' | 'mhv' | 'dslogon' | 'gi-bill' | 'crisis-line';

/** When a phone line answers. Weekday hours are whole hours in Eastern time, 24-hour clock. */
export type ContactHours = { kind: 'always' } | { kind: 'weekdays'; opensAt: number; closesAt: number };

/** Language-free facts about one phone line. Numbers are digits only. */
export interface ContactLine {
  phone: string;
  /** TTY or relay digits, when the line lists one. */
  tty?: string;
  /** Digits to text, when the line takes text messages. */
  sms?: string;
  hours: ContactHours;
}

/** The words for one phone line, in one language. */
export interface ContactText {
  label: string;
  /** What to do once connected ("select 0"). */
  instruction?: string;
}

/** Providers with no phone line for VA users, whose help center we link to instead. */
export type HelpCenterProviderId = Extract<ProviderId, 'logingov' | 'idme'>;

/** A way of doing a task without signing in. */
export type AlternateChannel = 'phone' | 'text' | 'chat' | 'inPerson' | 'mail';

/** A place to go in person. */
export type AlternatePlace = 'benefits-office' | 'health-facility' | 'school' | 'emergency-room';

/** A paper form to send by mail. */
export interface FormReference {
  /** Form number as VA or the issuing agency writes it ("24-0296", "SF-180"). */
  number: string;
  href: string;
}

/** Ids of the tasks `ALTERNATE_METHODS` covers. */
export type AlternateMethodId =
  | 'direct-deposit'
  | 'health-appointments'
  | 'health-prescriptions'
  | 'health-messages'
  | 'claims-status'
  | 'education'
  | 'records-letters'
  | 'crisis-support';

/** Language-free facts about how to get one task done without signing in. The words are in the catalogs. */
export interface AlternateMethod {
  id: AlternateMethodId;
  /** The banner `task` this method belongs to. */
  task: Task;
  phone?: {
    contacts: readonly ContactId[];
    /** True when the Veteran should also call their own VA health facility, whose number we can't know. */
    localFacility?: boolean;
  };
  text?: { sms: string };
  chat?: { href: string };
  inPerson?: { places: readonly AlternatePlace[]; findHref?: string };
  mail?: { forms: readonly FormReference[] };
}

/** The words for one alternate method: a title and one step per channel it offers. */
export interface AlternateMethodText {
  title: string;
  steps: Partial<Record<AlternateChannel, string>>;
}

/** One alternate method in one language, ready to render or to write into docs. */
export interface AlternateMethodCopy {
  id: AlternateMethodId;
  task: Task;
  title: string;
  ways: Array<{
    channel: AlternateChannel;
    /** What to do, as plain text. */
    step: string;
    contacts: Contact[];
    places: string[];
    forms: FormReference[];
    href?: string;
    sms?: string;
  }>;
}

/** Options for the time helpers. */
export interface TimeFormatOptions {
  /** The words to use: `catalogEn`, or `catalogEs` from the `./es` entry. @defaultValue catalogEn */
  catalog?: Catalog;
  /** IANA zone to show times in. @defaultValue 'America/New_York' */
  timeZone?: string;
}

/** The calendar and clock fields of one instant in one zone. */
export interface ZonedParts {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
  /** 0 (Sunday) to 6 (Saturday). */
  weekday: number;
  /** 0 to 23. */
  hour: number;
  minute: number;
  /** The zone actually used, canonical IANA name. */
  timeZone: string;
  /** The zone's short name at that instant, as `Intl` gives it in English ("EST", "GMT+9"). */
  zoneName: string;
  /** The zone's offset from UTC at that instant, in minutes (-300 for EST, -240 for EDT). */
  utcOffsetMinutes: number;
}

/** How much of sign-in a banner is about, which picks its copy. */
export type CopyScope = 'provider' | 'partial' | 'all' | 'signin' | 'sitewide' | 'lookup';

/** What the copy templates are given. */
export interface CopyContext {
  /** Names of the affected providers, joined with "and". */
  affected: string;
  /** Names of the providers that still work, joined with "or"; `''` when none do. */
  working: string;
}

/** The copy for one state and scope. */
export interface ScopeCopy {
  headline(c: CopyContext): string;
  /** What still works, or how to get help meanwhile; `null` for nothing to say. */
  lead(c: CopyContext): string | null;
  /** What is happening, in a sentence or two; `null` when the headline says it all. */
  detail(c: CopyContext): string | null;
  /** A clause that finishes "We don't know yet when …" ("sign-in with ID.me will work again"). */
  back(c: CopyContext): string;
}

/** Sentences about when things change. Each takes phrases made by `TimeWords`. */
export interface TimingCopy {
  scheduled(window: string): string;
  expected(duration: string): string;
  noEnd: string;
  started(at: string): string;
  unknownBack(back: string): string;
  backAt(back: string, at: string): string;
  overdue(back: string): string;
}

/**
 * Date and time words for one language. A clock time is joined to "a.m."/"p.m." and to its zone by no-break
 * spaces (U+00A0), so a line never wraps inside "1:00 a.m. ET".
 */
export interface TimeWords {
  /** "Sunday, March 9, 2025" */
  date(p: ZonedParts): string;
  /** "2:00 a.m.", "noon", "midnight" */
  clock(hour: number, minute: number): string;
  /** "ET", or the zone's short name for zones with no label */
  zone(p: ZonedParts): string;
  /** "Sunday, March 9, 2025, 2:00 a.m. ET" */
  instant(p: ZonedParts): string;
  /** "on Sunday, March 9, 2025, at 2:00 a.m. ET" */
  at(p: ZonedParts): string;
  /**
   * A window within one calendar day: "for Sunday, March 9, 2025, from 1:00 a.m. to 5:00 a.m. ET". When the
   * start and end fall in different UTC offsets (a DST change), each time takes its own abbreviation instead:
   * "from 1:30 a.m. EDT to 2:30 a.m. EST".
   */
  sameDay(start: ZonedParts, end: ZonedParts): string;
  /** A window across dates: "from Saturday, …, at 11:00 p.m. to Sunday, …, at 3:00 a.m. ET", labelled like `sameDay`. */
  twoDays(start: ZonedParts, end: ZonedParts): string;
  /** A window with no known end: "to start on Sunday, March 9, 2025, at 1:00 a.m. ET" */
  from(start: ZonedParts): string;
  /** "1 hour and 30 minutes"; `hours` and `minutes` are never both 0 unless the span is empty. */
  duration(hours: number, minutes: number): string;
  /** "24/7", "Monday through Friday, 8:00 a.m. to 9:00 p.m. ET" */
  hours(h: ContactHours): string;
}

/**
 * Everything one language says. Checked with `satisfies`, so a missing state, scope, contact or provider fails to
 * compile. Apps pass one in rather than naming a language, so a bundle holds only the catalogs it imports.
 */
export interface Catalog {
  /** The language it is written in, for `lang` attributes. */
  locale: Locale;
  and(items: readonly string[]): string;
  or(items: readonly string[]): string;
  states: { readonly [S in BannerState]: { readonly [K in CopyScope]: ScopeCopy } };
  /** Copy for a credential VA has retired, whatever its state. */
  retired: ScopeCopy;
  timing: TimingCopy;
  time: TimeWords;
  contacts: { readonly [C in ContactId]: ContactText };
  /** Text of each provider help center link. */
  helpCenters: { readonly [P in HelpCenterProviderId]: string };
  ui: UiText;
}

/** The words of `ALTERNATE_METHODS` in one language. Kept apart from `Catalog` so banners don't ship them. */
export interface AlternateMethodsCatalog {
  /** The banner catalog in the same language, which words the phone lines. */
  catalog: Catalog;
  places: { readonly [P in AlternatePlace]: string };
  methods: { readonly [M in AlternateMethodId]: AlternateMethodText };
}
