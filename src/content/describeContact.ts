import { CONTACTS } from './contacts';
import { getCatalog } from './getCatalog';
import type { Contact, ContactId, ContactLine, Locale } from './types';

/** One phone line with its words in `locale`, ready for `va-telephone`. */
export function describeContact(id: ContactId, locale: Locale = 'en'): Contact {
  const line: ContactLine = CONTACTS[id];
  const catalog = getCatalog(locale);
  const text = catalog.contacts[id];
  const contact: Contact = { id, label: text.label, phone: line.phone, hours: catalog.time.hours(line.hours) };
  if (text.instruction) contact.instruction = text.instruction;
  if (line.tty) contact.tty = line.tty;
  if (line.sms) contact.sms = line.sms;
  return contact;
}
