import type { AlternateMethod, AlternateMethodId } from './types';

const FIND_LOCATIONS = 'https://www.va.gov/find-locations/';

/**
 * How a Veteran can get each task done when sign-in is down: the lines to call, places to go and forms to mail.
 * The words for each step are in the catalogs, under `alternateMethods`.
 */
export const ALTERNATE_METHODS = [
  {
    id: 'direct-deposit',
    task: 'direct-deposit',
    phone: { contacts: ['benefits'] },
    inPerson: { places: ['benefits-office'], findHref: FIND_LOCATIONS },
    mail: { forms: [{ number: '24-0296', href: 'https://www.va.gov/find-forms/about-form-24-0296/' }] },
  },
  {
    id: 'health-appointments',
    task: 'health',
    phone: { contacts: ['health-benefits'], localFacility: true },
    inPerson: { places: ['health-facility'], findHref: FIND_LOCATIONS },
  },
  {
    id: 'health-prescriptions',
    task: 'health',
    phone: { contacts: [], localFacility: true },
    inPerson: { places: ['health-facility'], findHref: FIND_LOCATIONS },
    mail: { forms: [] },
  },
  {
    id: 'health-messages',
    task: 'health',
    phone: { contacts: ['mhv'], localFacility: true },
    inPerson: { places: ['health-facility'], findHref: FIND_LOCATIONS },
  },
  {
    id: 'claims-status',
    task: 'claims',
    phone: { contacts: ['benefits'] },
    inPerson: { places: ['benefits-office'], findHref: FIND_LOCATIONS },
  },
  {
    id: 'education',
    task: 'education',
    phone: { contacts: ['gi-bill'] },
    inPerson: { places: ['school'] },
  },
  {
    id: 'records-letters',
    task: 'claims',
    phone: { contacts: ['benefits'] },
    inPerson: { places: ['benefits-office', 'health-facility'], findHref: FIND_LOCATIONS },
    mail: {
      forms: [
        { number: '10-5345a', href: 'https://www.va.gov/find-forms/about-form-10-5345a/' },
        { number: 'SF-180', href: 'https://www.archives.gov/veterans/military-service-records' },
      ],
    },
  },
  {
    id: 'crisis-support',
    task: 'general',
    phone: { contacts: ['crisis-line'] },
    text: { sms: '838255' },
    chat: { href: 'https://www.veteranscrisisline.net/get-help-now/chat/' },
    inPerson: { places: ['emergency-room'] },
  },
] as const satisfies readonly AlternateMethod[];

// Fails to compile when an id in AlternateMethodId has no entry above.
type Never<T extends never> = T;
type MissingAlternateMethod = Never<Exclude<AlternateMethodId, (typeof ALTERNATE_METHODS)[number]['id']>>;
