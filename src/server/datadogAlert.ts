import { validationProblem } from './httpProblem';
import type { AppliedChange } from './mockStore';
import { isServiceId } from './serviceNames';
import type { OutageSeverity, StoreData, StoredOutage } from './storeData';

/** What a Datadog alert transition means here. Anything Datadog sends that is not listed is ignored. */
const TRANSITIONS: Record<string, 'open' | 'recover'> = {
  triggered: 'open',
  're-triggered': 'open',
  warn: 'open',
  're-warn': 'open',
  recovered: 'recover',
};

/** A Datadog monitor webhook, read. */
export interface DatadogAlert {
  /** `open` (Triggered/Warn), `recover`, or `ignore` for transitions such as `No Data`. */
  kind: 'open' | 'recover' | 'ignore';
  transition: string;
  /** `critical` for Triggered, `warning` for Warn. */
  severity: OutageSeverity;
  monitorId: string;
  services: string[];
  title: string;
}

/** What one alert did, by outage id. */
export interface DatadogResult {
  opened: number[];
  updated: number[];
  closed: number[];
}

function readTags(tags: unknown): string[] | null {
  if (typeof tags === 'string') return tags.split(',').map((tag) => tag.trim()).filter(Boolean);
  if (Array.isArray(tags) && tags.every((tag) => typeof tag === 'string')) return tags.map((tag: string) => tag.trim());
  return null;
}

/**
 * Reads Datadog's webhook payload: `alert_transition`, `tags` (`"service:logingov,env:prod"` or a list), `title`, and
 * the monitor id in `alert_id` or, failing that, `id`. Throws a 400 per bad field.
 */
export function readDatadogAlert(raw: unknown): DatadogAlert {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw validationProblem({ body: 'The body must be a JSON object.' });
  const body = raw as Record<string, unknown>;
  const errors: Record<string, string> = {};
  const transition = typeof body.alert_transition === 'string' ? body.alert_transition.trim() : '';
  if (!transition) errors.alert_transition = 'alert_transition is required (Triggered, Warn or Recovered).';
  const kind = TRANSITIONS[transition.toLowerCase()] ?? 'ignore';
  const rawId = body.alert_id ?? body.id;
  const monitorId = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId).trim() : '';
  if (!monitorId) errors.id = 'id (or alert_id) is required: the id of the monitor that fired.';
  const tags = body.tags === undefined ? [] : readTags(body.tags);
  const services: string[] = [];
  if (tags === null) errors.tags = 'tags must be a comma-separated string or a list of strings.';
  else {
    for (const tag of tags) {
      if (!tag.toLowerCase().startsWith('service:')) continue;
      const service = tag.slice('service:'.length).trim();
      if (!isServiceId(service)) errors.tags = `"${tag}" does not name a vets-api service id.`;
      else if (!services.includes(service)) services.push(service);
    }
    if (kind === 'open' && services.length === 0 && !errors.tags) errors.tags = 'tags must include a service:<id> tag, such as service:logingov.';
  }
  if (body.title !== undefined && typeof body.title !== 'string') errors.title = 'title must be text.';
  if (Object.keys(errors).length) throw validationProblem(errors);
  return {
    kind,
    transition,
    severity: transition.toLowerCase().endsWith('warn') ? 'warning' : 'critical',
    monitorId,
    services,
    title: typeof body.title === 'string' ? body.title.trim().slice(0, 500) : '',
  };
}

function isOpenFrom(outage: StoredOutage, monitorId: string): boolean {
  return outage.source === 'datadog' && outage.monitorId === monitorId && outage.endedAt === null;
}

/**
 * Triggered/Warn opens one monitor outage per tagged service, or updates the monitor's open one (Warn after
 * Triggered lowers it to `warning`). Recovered ends the outages this monitor opened and nothing else: not other
 * monitors' outages, not admin outages, and never scheduled windows, which live in a separate list.
 */
export function applyDatadogAlert(draft: StoreData, alert: DatadogAlert, now: number): AppliedChange<DatadogResult> {
  const result: DatadogResult = { opened: [], updated: [], closed: [] };
  const at = new Date(now).toISOString();
  if (alert.kind === 'recover') {
    for (const outage of draft.outages) {
      if (!isOpenFrom(outage, alert.monitorId)) continue;
      outage.endedAt = at;
      result.closed.push(outage.id);
    }
    if (!result.closed.length) return { result, unchanged: true };
    return { result, action: 'datadog.recover', summary: `Monitor ${alert.monitorId} recovered; ended outages #${result.closed.join(', #')}` };
  }
  for (const service of alert.services) {
    const open = draft.outages.find((o) => isOpenFrom(o, alert.monitorId) && o.service === service);
    if (open) {
      if (open.severity === alert.severity && open.title === alert.title) continue;
      open.severity = alert.severity;
      open.title = alert.title;
      result.updated.push(open.id);
      continue;
    }
    const id = draft.nextId++;
    draft.outages.push({
      id,
      service,
      message: '',
      severity: alert.severity,
      source: 'datadog',
      monitorId: alert.monitorId,
      title: alert.title,
      startedAt: at,
      expectedEndAt: null,
      endedAt: null,
    });
    result.opened.push(id);
  }
  if (!result.opened.length && !result.updated.length) return { result, unchanged: true };
  return {
    result,
    action: `datadog.${alert.severity === 'warning' ? 'warn' : 'trigger'}`,
    summary: `Monitor ${alert.monitorId} ${alert.transition} on ${alert.services.join(', ')}: "${alert.title}"`,
  };
}
