import { offsetLabel, spansOffsetChange } from './spansOffsetChange';
import type { Catalog, ContactHours, CopyContext, CopyScope, ScopeCopy, ZonedParts } from './types';

// Keeps "1:00 a. m." and "hora del Este (ET)" from breaking across lines.
const NBSP = '\u00a0';

const WEEKDAYS = ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'];
const MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];
const ZONES: Record<string, string> = {
  'America/New_York': `hora del Este${NBSP}(ET)`,
  'America/Chicago': `hora del Centro${NBSP}(CT)`,
  'America/Denver': `hora de la Montaña${NBSP}(MT)`,
  'America/Phoenix': `hora de la Montaña${NBSP}(MT)`,
  'America/Los_Angeles': `hora del Pacífico${NBSP}(PT)`,
};

function list(items: readonly string[], word: string): string {
  if (items.length <= 2) return items.join(` ${word} `);
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

function clock(hour: number, minute: number): string {
  if (minute === 0 && hour === 0) return 'medianoche';
  if (minute === 0 && hour === 12) return 'mediodía';
  return `${hour % 12 || 12}:${String(minute).padStart(2, '0')}${NBSP}${hour < 12 ? 'a' : 'p'}.${NBSP}m.`;
}

/** The clock time with its article: "la 1:00 a. m.", "las 3:00 p. m.", "el mediodía". */
function withArticle(hour: number, minute: number): string {
  const text = clock(hour, minute);
  if (minute === 0 && hour === 12) return `el ${text}`;
  if (minute === 0 && hour === 0) return `la ${text}`;
  return (hour % 12 || 12) === 1 ? `la ${text}` : `las ${text}`;
}

/** Joins a preposition to a phrase, contracting "a el" and "de el" as Spanish requires. */
function joinPrep(prep: 'a' | 'de', phrase: string): string {
  if (phrase.startsWith('el ')) return `${prep === 'a' ? 'al' : 'del'} ${phrase.slice(3)}`;
  return `${prep} ${phrase}`;
}

function zone(p: ZonedParts): string {
  return ZONES[p.timeZone] ?? p.zoneName;
}

/** "domingo, 9 de marzo de 2025", for a date that stands alone. */
function date(p: ZonedParts): string {
  return `${WEEKDAYS[p.weekday]}, ${p.day} de ${MONTHS[p.month - 1]} de ${p.year}`;
}

/** "domingo 9 de marzo de 2025", for a date after an article ("el domingo 9 de marzo de 2025"). */
function onDate(p: ZonedParts): string {
  return `${WEEKDAYS[p.weekday]} ${p.day} de ${MONTHS[p.month - 1]} de ${p.year}`;
}

function at(p: ZonedParts): string {
  return joinPrep('a', withArticle(p.hour, p.minute));
}

/** What follows a window's start and end times: the zone once, at the end, or each its own abbreviation across DST. */
function spanZones(start: ZonedParts, end: ZonedParts): [string, string] {
  if (!spansOffsetChange(start, end)) return ['', `, ${zone(end)}`];
  return [`${NBSP}${offsetLabel(start, zone(start))}`, `${NBSP}${offsetLabel(end, zone(end))}`];
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function hours(h: ContactHours): string {
  if (h.kind === 'always') return 'las 24 horas, los 7 días de la semana';
  // No "(ET)" here: banners show the hours in parentheses, and a nested "(ET))" reads as a typo.
  return `de lunes a viernes, ${joinPrep('de', withArticle(h.opensAt, 0))} ${joinPrep('a', withArticle(h.closesAt, 0))}, hora del Este`;
}

const canStill = (c: CopyContext) => (c.working ? `Todavía puede iniciar sesión con ${c.working}.` : null);
const byPhone = () => 'Todavía puede recibir ayuda por teléfono. Llame a uno de los números que aparecen abajo.';
const lookupHeadline = () => 'Puede iniciar sesión, pero es posible que algunas herramientas no funcionen';

const down = {
  provider: {
    headline: (c) => `En este momento no puede iniciar sesión con ${c.affected}`,
    lead: canStill,
    detail: (c) => `Estamos trabajando para resolver un problema con ${c.affected}.`,
    back: (c) => `volverá a funcionar el inicio de sesión con ${c.affected}`,
  },
  partial: {
    headline: (c) => `Es posible que tenga problemas para iniciar sesión con ${c.affected}`,
    lead: canStill,
    detail: (c) =>
      `Algunas personas tienen problemas para iniciar sesión con ${c.affected}. Si no le funciona, vuelva a intentarlo más tarde.`,
    back: () => 'se resolverá el problema',
  },
  all: {
    headline: () => 'El inicio de sesión no funciona en este momento',
    lead: byPhone,
    detail: () =>
      'Ninguna de nuestras opciones para iniciar sesión está funcionando. Estamos trabajando para resolver el problema.',
    back: () => 'podrá volver a iniciar sesión',
  },
  signin: {
    headline: () => 'El inicio de sesión no funciona en este momento',
    lead: byPhone,
    detail: () =>
      'Nuestro proceso de inicio de sesión no funciona, así que no puede iniciar sesión con ninguna cuenta. El problema no es de su cuenta. Estamos trabajando para resolverlo.',
    back: () => 'podrá volver a iniciar sesión',
  },
  sitewide: {
    headline: () => 'VA.gov no funciona en este momento',
    lead: byPhone,
    detail: () =>
      'VA.gov tiene problemas técnicos, así que no puede iniciar sesión ni usar las herramientas en línea. Estamos trabajando para resolverlos.',
    back: () => 'volverá a funcionar VA.gov',
  },
  lookup: {
    headline: lookupHeadline,
    lead: () => 'Todavía puede iniciar sesión.',
    detail: () =>
      'Después de iniciar sesión, es posible que algunas herramientas no encuentren su información de VA. Estamos trabajando para resolver el problema.',
    back: () => 'volverán a funcionar estas herramientas',
  },
} satisfies Record<CopyScope, ScopeCopy>;

const maintenance = {
  provider: {
    headline: (c) => `No puede iniciar sesión con ${c.affected} durante el mantenimiento`,
    lead: canStill,
    detail: (c) => `El inicio de sesión con ${c.affected} no está disponible por mantenimiento.`,
    back: (c) => `volverá a funcionar el inicio de sesión con ${c.affected}`,
  },
  partial: {
    headline: (c) => `Es posible que tenga problemas para iniciar sesión con ${c.affected} durante el mantenimiento`,
    lead: canStill,
    detail: (c) =>
      `Por el mantenimiento de ${c.affected}, algunas personas pueden tener problemas para iniciar sesión. Si no le funciona, vuelva a intentarlo más tarde.`,
    back: () => 'terminará el mantenimiento',
  },
  all: {
    headline: () => 'El inicio de sesión no está disponible por mantenimiento',
    lead: byPhone,
    detail: () => 'Durante este tiempo, no puede iniciar sesión con ninguna cuenta.',
    back: () => 'podrá volver a iniciar sesión',
  },
  signin: {
    headline: () => 'El inicio de sesión no está disponible por mantenimiento',
    lead: byPhone,
    detail: () =>
      'Estamos haciendo mantenimiento en nuestro proceso de inicio de sesión, así que durante este tiempo no puede iniciar sesión con ninguna cuenta.',
    back: () => 'podrá volver a iniciar sesión',
  },
  sitewide: {
    headline: () => 'VA.gov no está disponible por mantenimiento',
    lead: byPhone,
    detail: () =>
      'Estamos haciendo mantenimiento en VA.gov, así que durante este tiempo no puede iniciar sesión ni usar la mayoría de las herramientas en línea.',
    back: () => 'volverá a funcionar VA.gov',
  },
  lookup: {
    headline: lookupHeadline,
    lead: () => 'Todavía puede iniciar sesión.',
    detail: () =>
      'Estamos haciendo mantenimiento en un sistema que algunas herramientas usan para encontrar su información de VA. Después de iniciar sesión, es posible que algunas herramientas no funcionen.',
    back: () => 'volverán a funcionar estas herramientas',
  },
} satisfies Record<CopyScope, ScopeCopy>;

const upcoming = {
  provider: {
    headline: (c) => `Pronto no podrá iniciar sesión con ${c.affected} por mantenimiento`,
    lead: (c) => (c.working ? `Durante el mantenimiento, todavía podrá iniciar sesión con ${c.working}.` : null),
    detail: () => null,
    back: (c) => `volverá a funcionar el inicio de sesión con ${c.affected}`,
  },
  partial: {
    headline: (c) =>
      `Es posible que tenga problemas para iniciar sesión con ${c.affected} durante un mantenimiento programado`,
    lead: (c) => (c.working ? `Durante el mantenimiento, todavía podrá iniciar sesión con ${c.working}.` : null),
    detail: (c) => `Durante ese tiempo, algunas personas podrían tener problemas para iniciar sesión con ${c.affected}.`,
    back: () => 'terminará el mantenimiento',
  },
  all: {
    headline: () => 'Pronto el inicio de sesión no estará disponible por mantenimiento',
    lead: () => 'Puede iniciar sesión ahora, antes de que empiece el mantenimiento.',
    detail: () => 'Durante el mantenimiento, no podrá iniciar sesión con ninguna cuenta.',
    back: () => 'podrá volver a iniciar sesión',
  },
  signin: {
    headline: () => 'Pronto el inicio de sesión no estará disponible por mantenimiento',
    lead: () => 'Puede iniciar sesión ahora, antes de que empiece el mantenimiento.',
    detail: () =>
      'Vamos a hacer mantenimiento en nuestro proceso de inicio de sesión. Durante ese tiempo, no podrá iniciar sesión con ninguna cuenta.',
    back: () => 'podrá volver a iniciar sesión',
  },
  sitewide: {
    headline: () => 'Pronto VA.gov no estará disponible por mantenimiento',
    lead: () => 'Todavía puede iniciar sesión y usar VA.gov antes de que empiece el mantenimiento.',
    detail: () => 'Durante el mantenimiento, no podrá iniciar sesión ni usar la mayoría de las herramientas en línea.',
    back: () => 'volverá a funcionar VA.gov',
  },
  lookup: {
    headline: () => 'Es posible que algunas herramientas no funcionen durante un mantenimiento programado',
    lead: () => 'Todavía podrá iniciar sesión.',
    detail: () => 'Durante el mantenimiento, es posible que algunas herramientas no encuentren su información de VA.',
    back: () => 'volverán a funcionar estas herramientas',
  },
} satisfies Record<CopyScope, ScopeCopy>;

const trouble = {
  headline: (c: CopyContext) => `Es posible que tenga problemas para iniciar sesión con ${c.affected}`,
  lead: canStill,
  detail: (c: CopyContext) =>
    `Algunas personas tienen problemas para iniciar sesión con ${c.affected}. Si no le funciona, vuelva a intentarlo más tarde.`,
  back: () => 'se resolverá el problema',
} satisfies ScopeCopy;

const degraded = {
  provider: trouble,
  partial: trouble,
  all: {
    headline: () => 'Es posible que tenga problemas para iniciar sesión',
    lead: () => 'Todavía puede intentar iniciar sesión. Si no funciona, puede recibir ayuda por teléfono.',
    detail: () =>
      'Algunas personas tienen problemas para iniciar sesión en este momento. Estamos trabajando para resolver el problema.',
    back: () => 'se resolverá el problema',
  },
  signin: {
    headline: () => 'Es posible que tenga problemas para iniciar sesión',
    lead: () => 'Todavía puede intentar iniciar sesión. Si no funciona, puede recibir ayuda por teléfono.',
    detail: () =>
      'Nuestro proceso de inicio de sesión tiene problemas, así que algunas personas podrían tener dificultades para iniciar sesión. Estamos trabajando para resolverlo.',
    back: () => 'se resolverá el problema',
  },
  sitewide: {
    headline: () => 'Es posible que algunas partes de VA.gov no funcionen en este momento',
    lead: () => 'Todavía puede iniciar sesión.',
    detail: () =>
      'VA.gov tiene algunos problemas técnicos, así que es posible que algunas herramientas no funcionen. Estamos trabajando para resolverlos.',
    back: () => 'todo volverá a funcionar',
  },
  lookup: {
    headline: lookupHeadline,
    lead: () => 'Todavía puede iniciar sesión.',
    detail: () =>
      'Después de iniciar sesión, es posible que algunas herramientas no encuentren su información de VA en este momento. Estamos trabajando para resolver el problema.',
    back: () => 'volverán a funcionar estas herramientas',
  },
} satisfies Record<CopyScope, ScopeCopy>;

/** Everything the banner says in Spanish. Apps get it from the `./es` entry, so English-only bundles leave it out. */
export const catalogEs = {
  locale: 'es',
  and: (items) => list(items, 'y'),
  or: (items) => list(items, 'o'),
  states: { down, maintenance, upcoming, degraded },
  retired: {
    headline: (c) => `Ya no puede iniciar sesión con ${c.affected}`,
    lead: (c) => (c.working ? `Puede iniciar sesión con ${c.working} en su lugar.` : null),
    detail: (c) => `VA.gov ya no ofrece el inicio de sesión con ${c.affected}.`,
    back: () => 'podrá iniciar sesión de otra forma',
  },
  timing: {
    scheduled: (window) => `El mantenimiento está programado ${window}.`,
    expected: (duration) => `Se espera que dure ${duration}.`,
    noEnd: 'Todavía no sabemos cuándo terminará.',
    started: (when) => `El mantenimiento empezó ${when}.`,
    unknownBack: (back) => `Todavía no sabemos cuándo ${back}.`,
    backAt: (back, when) => `Calculamos que ${back} ${when}.`,
    overdue: (back) => `El mantenimiento está tardando más de lo previsto. Todavía no sabemos cuándo ${back}.`,
  },
  time: {
    date,
    clock,
    zone,
    instant: (p) => `${date(p)}, ${clock(p.hour, p.minute)}, ${zone(p)}`,
    at: (p) => `el ${onDate(p)}, ${at(p)}, ${zone(p)}`,
    sameDay: (s, e) => {
      const [from, to] = spanZones(s, e);
      return `para el ${onDate(s)}, ${joinPrep('de', withArticle(s.hour, s.minute))}${from} ${at(e)}${to}`;
    },
    twoDays: (s, e) => {
      const [from, to] = spanZones(s, e);
      return `desde el ${onDate(s)}, ${at(s)}${from} hasta el ${onDate(e)}, ${at(e)}${to}`;
    },
    from: (s) => `a partir del ${onDate(s)}, ${at(s)}, ${zone(s)}`,
    duration: (h, m) => {
      if (h === 0) return plural(m, 'minuto', 'minutos');
      if (m === 0) return plural(h, 'hora', 'horas');
      return `${plural(h, 'hora', 'horas')} y ${plural(m, 'minuto', 'minutos')}`;
    },
    hours,
  },
  contacts: {
    myva411: { label: 'Línea principal de información MyVA411', instruction: 'seleccione\u00a00' },
    benefits: { label: 'Línea de beneficios de VA' },
    'health-benefits': { label: 'Línea de beneficios de salud de VA' },
    mhv: { label: 'Mesa de ayuda de My HealtheVet' },
    dslogon: { label: 'Mesa de ayuda de DS Logon (DMDC)' },
    'gi-bill': { label: 'Línea del GI Bill' },
    'crisis-line': { label: 'Línea de Crisis para Veteranos', instruction: 'seleccione\u00a01' },
  },
  helpCenters: {
    logingov: 'Centro de ayuda de Login.gov',
    idme: 'Centro de ayuda de ID.me',
  },
  ui: {
    contactsHeading: 'Otras formas de obtener ayuda',
    tty: 'TTY',
    showStatus: 'Mostrar el estado del inicio de sesión',
    dismiss: 'Cerrar este aviso',
    statusClear: 'Ahora funcionan todas las opciones para iniciar sesión.',
    statusUnknownHeadline: 'En este momento no podemos verificar el estado del inicio de sesión',
    statusUnknownBody:
      'Si tiene problemas para iniciar sesión, vuelva a intentarlo en unos minutos. También puede llamarnos para pedir ayuda.',
  },
} satisfies Catalog;
