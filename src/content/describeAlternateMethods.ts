import { ALTERNATE_METHODS } from './alternateMethods';
import { alternateMethodsEn } from './alternateMethods.en';
import { alternateMethodsEs } from './alternateMethods.es';
import { describeContact } from './describeContact';
import type {
  AlternateChannel,
  AlternateMethod,
  AlternateMethodCopy,
  AlternateMethodsCatalog,
  AlternatePlace,
  Locale,
} from './types';

type Way = AlternateMethodCopy['ways'][number];

const CHANNEL_ORDER: readonly AlternateChannel[] = ['phone', 'text', 'chat', 'inPerson', 'mail'];
const CATALOGS = { en: alternateMethodsEn, es: alternateMethodsEs } satisfies Record<Locale, AlternateMethodsCatalog>;

function resolveWay(
  method: AlternateMethod,
  channel: AlternateChannel,
  step: string,
  places: Record<AlternatePlace, string>,
  locale: Locale,
): Way | null {
  const way: Way = { channel, step, contacts: [], places: [], forms: [] };
  switch (channel) {
    case 'phone':
      if (!method.phone) return null;
      way.contacts = method.phone.contacts.map((id) => describeContact(id, locale));
      return way;
    case 'text':
      return method.text ? { ...way, sms: method.text.sms } : null;
    case 'chat':
      return method.chat ? { ...way, href: method.chat.href } : null;
    case 'inPerson':
      if (!method.inPerson) return null;
      way.places = method.inPerson.places.map((place) => places[place]);
      if (method.inPerson.findHref) way.href = method.inPerson.findHref;
      return way;
    case 'mail':
      return method.mail ? { ...way, forms: [...method.mail.forms] } : null;
  }
}

/** Every alternate method with its words in `locale` and its phone lines resolved, ready to render or write into docs. */
export function describeAlternateMethods(locale: Locale = 'en'): AlternateMethodCopy[] {
  const catalog: AlternateMethodsCatalog = Object.hasOwn(CATALOGS, locale) ? CATALOGS[locale] : CATALOGS.en;
  return ALTERNATE_METHODS.map((method: AlternateMethod) => {
    const text = catalog.methods[method.id];
    const ways: Way[] = [];
    for (const channel of CHANNEL_ORDER) {
      const step = text.steps[channel];
      const way = step ? resolveWay(method, channel, step, catalog.places, locale) : null;
      if (way) ways.push(way);
    }
    return { id: method.id, task: method.task, title: text.title, ways };
  });
}
