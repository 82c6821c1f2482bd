import { offsetLabel, spansOffsetChange } from './spansOffsetChange';
import type { Catalog, ContactHours, CopyContext, CopyScope, ScopeCopy, ZonedParts } from './types';

// Keeps "1:00 a.m. ET" on one line.
const NBSP = '\u00a0';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const ZONES: Record<string, string> = {
  'America/New_York': 'ET',
  'America/Chicago': 'CT',
  'America/Denver': 'MT',
  'America/Phoenix': 'MT',
  'America/Los_Angeles': 'PT',
};

function list(items: readonly string[], word: string): string {
  if (items.length <= 2) return items.join(` ${word} `);
  return `${items.slice(0, -1).join(', ')}, ${word} ${items[items.length - 1]}`;
}

function clock(hour: number, minute: number): string {
  if (minute === 0 && hour === 0) return 'midnight';
  if (minute === 0 && hour === 12) return 'noon';
  return `${hour % 12 || 12}:${String(minute).padStart(2, '0')}${NBSP}${hour < 12 ? 'a.m.' : 'p.m.'}`;
}

function zone(p: ZonedParts): string {
  return ZONES[p.timeZone] ?? p.zoneName;
}

function date(p: ZonedParts): string {
  return `${WEEKDAYS[p.weekday]}, ${MONTHS[p.month - 1]} ${p.day}, ${p.year}`;
}

function clockOf(p: ZonedParts): string {
  return clock(p.hour, p.minute);
}

function zoned(p: ZonedParts): string {
  return `${clockOf(p)}${NBSP}${zone(p)}`;
}

/** A window's start and end times: the zone once, at the end, or each time's own abbreviation across a DST change. */
function span(start: ZonedParts, end: ZonedParts): [string, string] {
  if (!spansOffsetChange(start, end)) return [clockOf(start), zoned(end)];
  const own = (p: ZonedParts) => `${clockOf(p)}${NBSP}${offsetLabel(p, zone(p))}`;
  return [own(start), own(end)];
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function hours(h: ContactHours): string {
  if (h.kind === 'always') return '24/7';
  return `Monday through Friday, ${clock(h.opensAt, 0)} to ${clock(h.closesAt, 0)}${NBSP}ET`;
}

const canStill = (c: CopyContext) => (c.working ? `You can still sign in with ${c.working}.` : null);
const byPhone = () => 'You can still get help by phone. Call one of the numbers listed below.';
const lookupHeadline = () => 'You can sign in, but some tools may not work';

const down = {
  provider: {
    headline: (c) => `You can't sign in with ${c.affected} right now`,
    lead: canStill,
    detail: (c) => `We're working to fix a problem with ${c.affected}.`,
    back: (c) => `sign-in with ${c.affected} will work again`,
  },
  partial: {
    headline: (c) => `You may have trouble signing in with ${c.affected}`,
    lead: canStill,
    detail: (c) =>
      `Some people are having trouble signing in with ${c.affected}. If it doesn't work for you, try again later.`,
    back: () => 'the problem will be fixed',
  },
  all: {
    headline: () => "Sign-in isn't working right now",
    lead: byPhone,
    detail: () => "None of our sign-in options are working. We're working to fix the problem.",
    back: () => "you'll be able to sign in again",
  },
  signin: {
    headline: () => "Sign-in isn't working right now",
    lead: byPhone,
    detail: () =>
      "Our sign-in process isn't working, so you can't sign in with any account. This isn't a problem with your account. We're working to fix it.",
    back: () => "you'll be able to sign in again",
  },
  sitewide: {
    headline: () => "VA.gov isn't working right now",
    lead: byPhone,
    detail: () =>
      "VA.gov is having technical problems, so you can't sign in or use online tools. We're working to fix them.",
    back: () => 'VA.gov will be back',
  },
  lookup: {
    headline: lookupHeadline,
    lead: () => 'You can still sign in.',
    detail: () =>
      "After you sign in, some tools may not be able to find your VA information. We're working to fix the problem.",
    back: () => 'these tools will work again',
  },
} satisfies Record<CopyScope, ScopeCopy>;

const maintenance = {
  provider: {
    headline: (c) => `You can't sign in with ${c.affected} during maintenance`,
    lead: canStill,
    detail: (c) => `Sign-in with ${c.affected} is down for maintenance.`,
    back: (c) => `sign-in with ${c.affected} will be back`,
  },
  partial: {
    headline: (c) => `You may have trouble signing in with ${c.affected} during maintenance`,
    lead: canStill,
    detail: (c) =>
      `Maintenance on ${c.affected} may cause trouble signing in for some people. If it doesn't work for you, try again later.`,
    back: () => 'maintenance will be done',
  },
  all: {
    headline: () => 'Sign-in is down for maintenance',
    lead: byPhone,
    detail: () => "You can't sign in with any account during this time.",
    back: () => "you'll be able to sign in again",
  },
  signin: {
    headline: () => 'Sign-in is down for maintenance',
    lead: byPhone,
    detail: () =>
      "We're doing maintenance on our sign-in process, so you can't sign in with any account during this time.",
    back: () => "you'll be able to sign in again",
  },
  sitewide: {
    headline: () => 'VA.gov is down for maintenance',
    lead: byPhone,
    detail: () =>
      "We're doing maintenance on VA.gov, so you can't sign in or use most online tools during this time.",
    back: () => 'VA.gov will be back',
  },
  lookup: {
    headline: lookupHeadline,
    lead: () => 'You can still sign in.',
    detail: () =>
      "We're doing maintenance on a system that some tools use to find your VA information. After you sign in, some tools may not work.",
    back: () => 'these tools will work again',
  },
} satisfies Record<CopyScope, ScopeCopy>;

const upcoming = {
  provider: {
    headline: (c) => `Sign-in with ${c.affected} will be down for maintenance soon`,
    lead: (c) => (c.working ? `During maintenance, you can still sign in with ${c.working}.` : null),
    detail: () => null,
    back: (c) => `sign-in with ${c.affected} will be back`,
  },
  partial: {
    headline: (c) => `You may have trouble signing in with ${c.affected} during upcoming maintenance`,
    lead: (c) => (c.working ? `During maintenance, you can still sign in with ${c.working}.` : null),
    detail: (c) => `Some people may have trouble signing in with ${c.affected} during this time.`,
    back: () => 'maintenance will be done',
  },
  all: {
    headline: () => 'Sign-in will be down for maintenance soon',
    lead: () => 'You can sign in now, before maintenance starts.',
    detail: () => "During maintenance, you won't be able to sign in with any account.",
    back: () => "you'll be able to sign in again",
  },
  signin: {
    headline: () => 'Sign-in will be down for maintenance soon',
    lead: () => 'You can sign in now, before maintenance starts.',
    detail: () =>
      "We'll be doing maintenance on our sign-in process. During that time, you won't be able to sign in with any account.",
    back: () => "you'll be able to sign in again",
  },
  sitewide: {
    headline: () => 'VA.gov will be down for maintenance soon',
    lead: () => 'You can still sign in and use VA.gov before maintenance starts.',
    detail: () => "During maintenance, you won't be able to sign in or use most online tools.",
    back: () => 'VA.gov will be back',
  },
  lookup: {
    headline: () => 'Some tools may not work during upcoming maintenance',
    lead: () => "You'll still be able to sign in.",
    detail: () => 'During maintenance, some tools may not be able to find your VA information.',
    back: () => 'these tools will work again',
  },
} satisfies Record<CopyScope, ScopeCopy>;

const trouble = {
  headline: (c: CopyContext) => `You may have trouble signing in with ${c.affected}`,
  lead: canStill,
  detail: (c: CopyContext) =>
    `Some people are having trouble signing in with ${c.affected}. If it doesn't work for you, try again later.`,
  back: () => 'the problem will be fixed',
} satisfies ScopeCopy;

const degraded = {
  provider: trouble,
  partial: trouble,
  all: {
    headline: () => 'You may have trouble signing in',
    lead: () => "You can still try to sign in. If it doesn't work, you can get help by phone.",
    detail: () => "Some people are having trouble signing in right now. We're working to fix the problem.",
    back: () => 'the problem will be fixed',
  },
  signin: {
    headline: () => 'You may have trouble signing in',
    lead: () => "You can still try to sign in. If it doesn't work, you can get help by phone.",
    detail: () =>
      "Our sign-in process is having problems, so some people may have trouble signing in. We're working to fix it.",
    back: () => 'the problem will be fixed',
  },
  sitewide: {
    headline: () => 'Some parts of VA.gov may not work right now',
    lead: () => 'You can still sign in.',
    detail: () => "VA.gov is having some technical problems, so some tools may not work. We're working to fix them.",
    back: () => 'everything will work again',
  },
  lookup: {
    headline: lookupHeadline,
    lead: () => 'You can still sign in.',
    detail: () =>
      "After you sign in, some tools may not be able to find your VA information right now. We're working to fix the problem.",
    back: () => 'these tools will work again',
  },
} satisfies Record<CopyScope, ScopeCopy>;

/** Everything the banner says in English. */
export const catalogEn = {
  locale: 'en',
  and: (items) => list(items, 'and'),
  or: (items) => list(items, 'or'),
  states: { down, maintenance, upcoming, degraded },
  retired: {
    headline: (c) => `You can no longer sign in with ${c.affected}`,
    lead: (c) => (c.working ? `You can sign in with ${c.working} instead.` : null),
    detail: (c) => `VA.gov no longer offers sign-in with ${c.affected}.`,
    back: () => 'you can sign in another way',
  },
  timing: {
    scheduled: (window) => `Maintenance is scheduled ${window}.`,
    expected: (duration) => `It's expected to take ${duration}.`,
    noEnd: "We don't know yet when it will end.",
    started: (at) => `Maintenance started ${at}.`,
    unknownBack: (back) => `We don't know yet when ${back}.`,
    backAt: (back, at) => `We expect that ${back} ${at}.`,
    overdue: (back) => `This maintenance is taking longer than expected. We don't know yet when ${back}.`,
  },
  time: {
    date,
    clock,
    zone,
    instant: (p) => `${date(p)}, ${zoned(p)}`,
    at: (p) => `on ${date(p)}, at ${zoned(p)}`,
    sameDay: (s, e) => {
      const [from, to] = span(s, e);
      return `for ${date(s)}, from ${from} to ${to}`;
    },
    twoDays: (s, e) => {
      const [from, to] = span(s, e);
      return `from ${date(s)}, at ${from} to ${date(e)}, at ${to}`;
    },
    from: (s) => `to start on ${date(s)}, at ${zoned(s)}`,
    duration: (h, m) => {
      if (h === 0) return plural(m, 'minute', 'minutes');
      if (m === 0) return plural(h, 'hour', 'hours');
      return `${plural(h, 'hour', 'hours')} and ${plural(m, 'minute', 'minutes')}`;
    },
    hours,
  },
  contacts: {
    // Escaped literals, not `${NBSP}` templates: bundlers treat a template with a substitution at module level as a
    // possible side effect and then keep the whole catalog in `./core`'s decision import (size-limit caught it).
    myva411: { label: 'MyVA411 main information line', instruction: 'select\u00a00' },
    benefits: { label: 'VA benefits hotline' },
    'health-benefits': { label: 'VA health benefits hotline' },
    mhv: { label: 'My HealtheVet help desk' },
    dslogon: { label: 'DS Logon help desk (DMDC)' },
    'gi-bill': { label: 'GI Bill hotline' },
    'crisis-line': { label: 'Veterans Crisis Line', instruction: 'select\u00a01' },
  },
  helpCenters: {
    logingov: 'Login.gov help center',
    idme: 'ID.me help center',
  },
  ui: {
    contactsHeading: 'Other ways to get help',
    tty: 'TTY',
    showStatus: 'Show sign-in status',
    dismiss: 'Dismiss this notice',
    statusClear: 'All sign-in options are working now.',
    statusUnknownHeadline: "We can't check sign-in status right now",
    statusUnknownBody: 'If you have trouble signing in, try again in a few minutes. You can also call us for help.',
  },
} satisfies Catalog;
