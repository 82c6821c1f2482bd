// A sign-in page for the Chromium accessibility tests. It is a test fixture, not the library: the test drives it
// through `window.bannerPage` and the Playwright clock.
import '@department-of-veterans-affairs/component-library/dist/main.css';
import { defineCustomElements } from '@department-of-veterans-affairs/component-library';
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { parseDowntimeResponse } from '../../../src/core/parseDowntimeResponse';
import type { DowntimeSnapshot } from '../../../src/core/types';
import { mockScenario, mockWindow, MOCK_HOUR, MOCK_MINUTE, type MockScenario } from '../../../src/mocks/mockScenario';
import { catalogEn } from '../../../src/content/catalog.en';
import { catalogEs } from '../../../src/es';
import { buildScenario } from '../../../src/mocks/scenarios';
import { backendStatusesBody } from '../../../src/mocks/vetsApiBody';
import { DowntimeBanner } from '../../../src/react/DowntimeBanner';

const params = new URLSearchParams(window.location.search);
/** The instant the test installs the page clock at; every scenario is built around it. */
const T0 = Date.parse(params.get('t0') ?? '2025-03-09T05:00:00.000Z');

const SCENARIOS = {
  'all-ok': () => mockScenario(),
  'idme-down': () => buildScenario('idme-down', T0),
  'all-down': () => buildScenario('all-down', T0),
  upcoming: () =>
    mockScenario({ windows: [mockWindow(T0, 'logingov', { startsInMs: 90 * MOCK_MINUTE, durationMs: 2 * MOCK_HOUR, id: '101' })] }),
  // Ends 30 minutes after T0.
  maintenance: () =>
    mockScenario({
      windows: [
        mockWindow(T0, 'idme', {
          startsInMs: -30 * MOCK_MINUTE,
          durationMs: MOCK_HOUR,
          id: '102',
          description: 'Use Login.gov while ID.me is updated.',
        }),
      ],
    }),
  mixed: () =>
    mockScenario({
      statuses: { idme: 'critical' },
      windows: [mockWindow(T0, 'logingov', { startsInMs: 90 * MOCK_MINUTE, durationMs: 2 * MOCK_HOUR, id: '101' })],
    }),
} satisfies Record<string, () => MockScenario>;

type PageScenario = keyof typeof SCENARIOS;

function snapshotOf(name: PageScenario): DowntimeSnapshot {
  return parseDowntimeResponse(backendStatusesBody(SCENARIOS[name](), T0, 'camel'));
}

declare global {
  interface Window {
    /** Set by the page once it has rendered; `show` swaps the snapshot, as a poll with new data would. */
    bannerPage?: { show(name: PageScenario): void };
  }
}

function isScenario(value: string | null): value is PageScenario {
  return value !== null && Object.hasOwn(SCENARIOS, value);
}

const catalog = params.get('lang') === 'es' ? catalogEs : catalogEn;
document.documentElement.lang = catalog.locale;

function SignInPage() {
  const initial = params.get('scenario');
  const [name, setName] = useState<PageScenario>(isScenario(initial) ? initial : 'all-ok');
  const snapshot = useMemo(() => snapshotOf(name), [name]);
  useEffect(() => {
    window.bannerPage = { show: setName };
  }, []);
  return (
    <main>
      <h1>Sign in</h1>
      <DowntimeBanner snapshot={snapshot} catalog={catalog} />
      <h2>Choose a way to sign in</h2>
      <ul className="providers">
        {['Login.gov', 'ID.me', 'DS Logon', 'My HealtheVet'].map((label) => (
          <li key={label}>
            <button type="button">Sign in with {label}</button>
          </li>
        ))}
      </ul>
    </main>
  );
}

void defineCustomElements();
createRoot(document.getElementById('root')!).render(<SignInPage />);
