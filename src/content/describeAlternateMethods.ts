import { ALTERNATE_METHODS } from './alternateMethods';
import { alternateMethodsEn } from './alternateMethods.en';
import { describeContact } from './describeContact';
import type {
  AlternateChannel,
  AlternateMethod,
  AlternateMethodCopy,
  AlternateMethodsCatalog,
  AlternatePlace,
  Catalog,
} from './types';

type Way = AlternateMethodCopy['ways'][number];

const CHANNEL_ORDER: readonly AlternateChannel[] = ['phone', 'text', 'chat', 'inPerson', 'mail'];

function resolveWay(
  method: AlternateMethod,
  channel: AlternateChannel,
  step: string,
  places: Record<AlternatePlace, string>,
  catalog: Catalog,
): Way | null {
  const way: Way = { channel, step, contacts: [], places: [], forms: [] };
  switch (channel) {
    case 'phone':
      if (!method.phone) return null;
      way.contacts = method.phone.contacts.map((id) => describeContact(id, catalog));
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

/**
 * Every alternate method with its words from `words` and its phone lines resolved, ready to render or write into
 * docs. Pass `alternateMethodsEs` from the `./es` entry for Spanish.
 */
export function describeAlternateMethods(words: AlternateMethodsCatalog = alternateMethodsEn): AlternateMethodCopy[] {
  return ALTERNATE_METHODS.map((method: AlternateMethod) => {
    const text = words.methods[method.id];
    const ways: Way[] = [];
    for (const channel of CHANNEL_ORDER) {
      const step = text.steps[channel];
      const way = step ? resolveWay(method, channel, step, words.places, words.catalog) : null;
      if (way) ways.push(way);
    }
    return { id: method.id, task: method.task, title: text.title, ways };
  });
}
