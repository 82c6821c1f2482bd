import { VaAlert } from '@department-of-veterans-affairs/component-library/dist/react-bindings/index.js';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { formatEasternTime } from '../../src/index';
import type { AdminState } from '../../src/server/adminState';
import type { AuditEntry } from '../../src/server/storeData';
import { AdminApiError } from '../AdminApiError';
import { createAdminClient, type StatusesResult } from '../adminClient';
import { friendlyFieldMessage } from '../friendlyFieldMessage';
import { AdminContext, type AdminAction, type ActionOutcome, type AdminContextValue } from './adminContext';
import { BannerPreview } from './BannerPreview';
import { ClockForm } from './ClockForm';
import { HistoryList } from './HistoryList';
import { IncidentForm } from './IncidentForm';
import { OutageForm } from './OutageForm';
import { OutageList } from './OutageList';
import { ScenarioForm } from './ScenarioForm';
import { ServiceStatusTable } from './ServiceStatusTable';
import { WindowForm } from './WindowForm';
import { WindowList } from './WindowList';

const HISTORY_LENGTH = 10;
// The preview follows the server's clock between loads; a coarse tick is enough for times shown to the minute.
const TICK_MS = 15_000;

const TOKEN_REJECTED = 'The server no longer accepts the saved token. It makes a new one each time it starts unless one is given.';
const STALE =
  'Someone else changed the schedule after this page loaded, so nothing was saved. The lists now show their change: check them, then try again.';

interface Loaded {
  state: AdminState;
  statuses: StatusesResult;
  history: AuditEntry[];
  /** Device time of the load, to move the server's clock on between loads. */
  loadedAt: number;
}

interface DashboardProps {
  token: string;
  onSignOut(message: string | null): void;
}

/** The signed-in admin page: the live preview, the lists, and the forms that change them. */
export function Dashboard({ token, onSignOut }: DashboardProps) {
  const client = useMemo(() => createAdminClient(token), [token]);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [scenarios, setScenarios] = useState<string[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [deviceNow, setDeviceNow] = useState(() => Date.now());
  const latest = useRef<Loaded | null>(null);

  const reload = useCallback(async (): Promise<boolean> => {
    try {
      const [state, statuses, history] = await Promise.all([client.state(), client.backendStatuses(), client.history(HISTORY_LENGTH)]);
      const next = { state, statuses, history, loadedAt: Date.now() };
      latest.current = next;
      setLoaded(next);
      setDeviceNow(next.loadedAt);
      setLoadError(null);
      return true;
    } catch (caught) {
      if (caught instanceof AdminApiError && caught.status === 401) onSignOut(TOKEN_REJECTED);
      else setLoadError(caught instanceof Error ? caught.message : String(caught));
      return false;
    }
  }, [client, onSignOut]);

  useEffect(() => {
    void reload();
    client.scenarios().then(setScenarios, () => setScenarios([]));
    const timer = setInterval(() => setDeviceNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, [client, reload]);

  const perform = useCallback(
    async (action: AdminAction, success: string): Promise<ActionOutcome> => {
      const current = latest.current;
      if (!current) return { ok: false, problem: { message: 'The page has not loaded the state yet. Try again.', fields: {} } };
      let written: unknown;
      try {
        written = await action(client, current.state.version);
      } catch (caught) {
        const error = caught instanceof AdminApiError ? caught : new AdminApiError(0, String(caught));
        if (error.status === 401) {
          onSignOut(TOKEN_REJECTED);
          return { ok: false, problem: null };
        }
        if (error.status === 412) {
          await reload();
          return { ok: false, problem: { message: STALE, fields: {} } };
        }
        if (error.status === 404 || error.status === 409) {
          await reload();
          return { ok: false, problem: { message: `${error.message} The lists are reloaded.`, fields: {} } };
        }
        if (error.status === 400 && Object.keys(error.fields).length) {
          const fields = Object.fromEntries(Object.entries(error.fields).map(([field, text]) => [field, friendlyFieldMessage(field, text)]));
          return { ok: false, problem: { message: 'Fix the fields marked below, then try again.', fields } };
        }
        return { ok: false, problem: { message: error.message, fields: {} } };
      }
      await reload();
      setAnnouncement(success);
      const version = (written as { version?: unknown } | null)?.version;
      return { ok: true, version: typeof version === 'number' ? version : (latest.current?.state.version ?? current.state.version) };
    },
    [client, onSignOut, reload],
  );

  const context = useMemo<AdminContextValue | null>(() => {
    if (!loaded) return null;
    const serverNow = Date.parse(loaded.state.now) + Math.max(0, deviceNow - loaded.loadedAt);
    return { state: loaded.state, serverNow, perform };
  }, [loaded, deviceNow, perform]);

  return (
    <>
      <header className="admin-header">
        <span className="admin-logo">VA</span> Sign-in downtime · mock server admin
      </header>
      <main className="admin-main" id="main">
        <div className="admin-titlebar">
          <div>
            <h1>Sign-in downtime admin</h1>
            {context ? (
              <p className="admin-meta" data-testid="server-summary">
                Server time {formatEasternTime(context.serverNow)}
                {context.state.timeOffsetMs !== 0 ? ' (moved)' : ''} · scenario {context.state.scenario ?? 'none'} · version{' '}
                {context.state.version}
              </p>
            ) : null}
          </div>
          <div className="admin-actions">
            <button type="button" className="admin-button admin-button--secondary" onClick={() => void reload()}>
              Refresh
            </button>
            <button type="button" className="admin-button admin-button--secondary" onClick={() => onSignOut(null)}>
              Forget token
            </button>
          </div>
        </div>
        {loadError ? (
          <VaAlert status="error" className="admin-alert">
            <h2 slot="headline">The page could not load the server's state</h2>
            <p>{loadError}</p>
          </VaAlert>
        ) : null}
        {!context || !loaded ? (
          <p>Loading…</p>
        ) : (
          <AdminContext.Provider value={context}>
            <div className="admin-columns">
              <div className="admin-column admin-column--preview">
                <BannerPreview statuses={loaded.statuses} />
              </div>
              <div className="admin-column">
                <section aria-labelledby="outages-heading" className="admin-section">
                  <h2 id="outages-heading">Current outages</h2>
                  <OutageList />
                  <OutageForm />
                </section>
                <section aria-labelledby="windows-heading" className="admin-section">
                  <h2 id="windows-heading">Scheduled maintenance</h2>
                  <WindowList />
                  <WindowForm />
                </section>
                <section aria-labelledby="status-heading" className="admin-section">
                  <h2 id="status-heading">Service status</h2>
                  <ServiceStatusTable />
                  <IncidentForm />
                </section>
                <section aria-labelledby="setup-heading" className="admin-section">
                  <h2 id="setup-heading">Test setup</h2>
                  <ScenarioForm scenarios={scenarios} current={loaded.state.scenario} />
                  <ClockForm />
                </section>
                <section aria-labelledby="history-heading" className="admin-section">
                  <h2 id="history-heading">Recent changes</h2>
                  <HistoryList history={loaded.history} />
                </section>
              </div>
            </div>
          </AdminContext.Provider>
        )}
        <div role="status" className="admin-sr-only">
          {announcement}
        </div>
      </main>
    </>
  );
}
