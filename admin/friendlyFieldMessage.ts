// The server names fields as the API does (`startsAt`); people using the page know them by their labels.
const TIME_FIELDS: Record<string, string> = { startsAt: 'the start time', endsAt: 'the end time', expectedEndAt: 'the expected end' };
const SUBJECTS: Record<string, string> = {
  service: 'the service',
  message: 'the message',
  description: 'the message',
  status: 'the status',
  name: 'the scenario',
  at: 'the time',
  offsetMs: 'the offset',
  timeZone: 'the time zone',
};

/** Rewrites one of the server's per-field messages in the page's words: "startsAt ... " becomes "The start time ...". */
export function friendlyFieldMessage(field: string, message: string): string {
  let text = message.replace(/\b(startsAt|endsAt|expectedEndAt)\b/g, (name) => TIME_FIELDS[name] ?? name);
  const subject = SUBJECTS[field];
  if (subject && text.startsWith(`${field} `)) text = `${subject}${text.slice(field.length)}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
