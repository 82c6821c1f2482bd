import { PROVIDER_LABELS } from '../src/index';

/** A service an admin can pick, with the name people on the Identity team know it by. */
export interface ServiceChoice {
  id: string;
  label: string;
}

/** The services, grouped the way they affect sign-in. Ids are vets-api's `external_service` values. */
export const SERVICE_GROUPS: ReadonlyArray<{ label: string; services: readonly ServiceChoice[] }> = [
  {
    label: 'Sign-in options',
    services: [
      { id: 'logingov', label: PROVIDER_LABELS.logingov },
      { id: 'idme', label: PROVIDER_LABELS.idme },
      { id: 'dslogon', label: PROVIDER_LABELS.dslogon },
      { id: 'mhv', label: PROVIDER_LABELS.mhv },
    ],
  },
  {
    label: 'Behind every sign-in',
    services: [
      { id: 'ssoe', label: 'SSOe (VA single sign-on)' },
      { id: 'ssoe_oauth', label: 'SSOe OAuth' },
      { id: 'mvi', label: 'MPI (Master Person Index)' },
      { id: 'global', label: 'All of VA.gov (site-wide)' },
    ],
  },
  {
    label: 'Other services',
    services: [
      { id: 'caseflow', label: 'Appeals (Caseflow)' },
      { id: 'evss', label: 'EVSS' },
      { id: 'vaos', label: 'VA Online Scheduling' },
    ],
  },
];

const LABELS = new Map(SERVICE_GROUPS.flatMap((group) => group.services.map((s) => [s.id, s.label] as const)));

/** The friendly name of a service id, or the id itself for one this page does not know. */
export function serviceLabel(id: string): string {
  return LABELS.get(id) ?? id;
}
