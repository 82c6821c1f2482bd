// A VA.gov-like sign-in page for trying the banner by hand. This is an app, not the library: it may read the clock.
import '@department-of-veterans-affairs/component-library/dist/main.css';
import { defineCustomElements } from '@department-of-veterans-affairs/component-library';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { catalogEs } from '../src/es';
import { catalogEn, DowntimeBanner, type Task } from '../src/index';
import { createHandlers, isScenarioName, SCENARIO_NAMES, type ScenarioName } from '../src/mocks/index';
import { worker } from '../src/mocks/browser';
import './demo.css';

defineCustomElements();

const params = new URLSearchParams(window.location.search);
const serverUrl = params.get('server') ?? (import.meta.env.VITE_MOCK_SERVER_URL as string);
const useServer = Boolean(serverUrl) && params.get('source') !== 'msw';
const scenario: ScenarioName = isScenarioName(params.get('scenario')) ? (params.get('scenario') as ScenarioName) : 'idme-down';
const refreshInterval = Number(params.get('interval') ?? 10_000);
const catalog = params.get('lang') === 'es' ? catalogEs : catalogEn;
document.documentElement.lang = catalog.locale;
const task = (params.get('task') ?? 'general') as Task;

const PROVIDERS = [
  { id: 'logingov', label: 'Sign in with Login.gov' },
  { id: 'idme', label: 'Sign in with ID.me' },
  { id: 'dslogon', label: 'Sign in with DS Logon' },
  { id: 'mhv', label: 'Sign in with My HealtheVet' },
];

function ScenarioPicker() {
  const [value, setValue] = useState<string>(scenario);
  return (
    <form className="demo-picker" method="get">
      <label htmlFor="scenario">Demo scenario (mock data)</label>
      <select
        id="scenario"
        name="scenario"
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          event.target.form?.requestSubmit();
        }}
      >
        {SCENARIO_NAMES.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit">Show</button>
      </noscript>
    </form>
  );
}

function SignInPage() {
  const endpoint = useServer ? `${serverUrl.replace(/\/$/, '')}/v0/backend_statuses` : '/v0/backend_statuses';
  return (
    <>
      <header className="demo-header">
        <span className="demo-logo">VA</span> <span>U.S. Department of Veterans Affairs (demo)</span>
      </header>
      <main className="demo-main" id="main">
        <h1>Sign in</h1>
        <DowntimeBanner endpoint={endpoint} refreshInterval={refreshInterval} catalog={catalog} task={task} />
        <h2 className="demo-choose">Choose a way to sign in</h2>
        <ul className="demo-buttons">
          {PROVIDERS.map((provider) => (
            <li key={provider.id}>
              <button type="button" className="usa-button demo-provider" data-provider={provider.id}>
                {provider.label}
              </button>
            </li>
          ))}
        </ul>
        <footer className="demo-footer">
          {useServer ? (
            <p>
              Data comes from the mock server at <a href={serverUrl}>{serverUrl}</a>. Publish or end an outage on its{' '}
              <a href={`${serverUrl.replace(/\/$/, '')}/admin`}>admin page</a>; this page picks it up within {refreshInterval / 1000} seconds.
            </p>
          ) : (
            <ScenarioPicker />
          )}
        </footer>
      </main>
    </>
  );
}

async function start() {
  if (!useServer) {
    worker.use(...createHandlers(scenario, { now: () => Date.now() }));
    await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
  }
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <SignInPage />
    </StrictMode>,
  );
}

void start();
