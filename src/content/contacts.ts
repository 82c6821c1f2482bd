import type { ContactId, ContactLine } from './types';

const RELAY = '711';

/**
 * The phone lines banners and docs offer, as VA publishes them. Numbers are digits only, for `va-telephone`.
 * Weekday hours are Eastern time.
 */
export const CONTACTS = {
  myva411: { phone: '8006982411', tty: RELAY, hours: { kind: 'always' } },
  benefits: { phone: '8008271000', tty: RELAY, hours: { kind: 'weekdays', opensAt: 8, closesAt: 21 } },
  'health-benefits': { phone: '8772228387', tty: RELAY, hours: { kind: 'weekdays', opensAt: 8, closesAt: 20 } },
  mhv: { phone: '8773270022', tty: RELAY, hours: { kind: 'weekdays', opensAt: 8, closesAt: 20 } },
  dslogon: { phone: '8005389552', tty: '8663632883', hours: { kind: 'weekdays', opensAt: 8, closesAt: 20 } },
  'gi-bill': { phone: '8884424551', tty: RELAY, hours: { kind: 'weekdays', opensAt: 8, closesAt: 19 } },
  'crisis-line': { phone: '988', sms: '838255', hours: { kind: 'always' } },
} as const satisfies Record<ContactId, ContactLine>;
