import { catalogEn } from './catalog.en';
import { CONTACTS } from './contacts';
import type { Catalog, Contact, ContactId, ContactLine } from './types';

/** One phone line with its words from `catalog`, ready for `va-telephone`. */
export function describeContact(id: ContactId, catalog: Catalog = catalogEn): Contact {
  const line: ContactLine = CONTACTS[id];
  const text = catalog.contacts[id];
  const contact: Contact = { id, label: text.label, phone: line.phone, hours: catalog.time.hours(line.hours) };
  if (text.instruction) contact.instruction = text.instruction;
  if (line.tty) contact.tty = line.tty;
  if (line.sms) contact.sms = line.sms;
  return contact;
}
