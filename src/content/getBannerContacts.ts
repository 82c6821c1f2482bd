import { isProviderId } from '../core/providers';
import type { BannerModel } from '../core/types';
import { describeContact } from './describeContact';
import { PROVIDER_CONTACTS, PROVIDER_HELP_CENTERS, hasHelpCenter } from './providerHelp';
import { TASK_CONTACTS } from './taskContacts';
import type { Catalog, Contact, ContactId, HelpLink, Task } from './types';

/**
 * The phone lines and help pages for a banner. MyVA411 comes first and is always there; outages add the
 * task's lines; a provider's own trouble adds its help desk or help center. Upcoming banners keep to MyVA411.
 */
export function getBannerContacts(
  banner: BannerModel,
  task: Task,
  catalog: Catalog,
): { contacts: Contact[]; links: HelpLink[] } {
  const ids: ContactId[] = ['myva411'];
  const links: HelpLink[] = [];
  if (banner.state !== 'upcoming') {
    ids.push(...(TASK_CONTACTS[task] ?? TASK_CONTACTS.general));
    // A provider's help desk can't help when a shared service is at fault, or with a credential VA has retired.
    const providersAtFault = (banner.cause === 'provider' || isProviderId(banner.cause)) && !banner.retired;
    if (providersAtFault) {
      const helpCenters = catalog.helpCenters;
      for (const provider of banner.providers) {
        ids.push(...(PROVIDER_CONTACTS[provider] ?? []));
        if (hasHelpCenter(provider)) {
          links.push({ text: helpCenters[provider], href: PROVIDER_HELP_CENTERS[provider] });
        }
      }
    }
  }
  return { contacts: [...new Set(ids)].map((id) => describeContact(id, catalog)), links };
}
