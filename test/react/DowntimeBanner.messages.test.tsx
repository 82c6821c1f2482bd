import { render, screen } from '@testing-library/react';
import type { Catalog } from '../../src/content/types';
import type { DowntimeStateOptions } from '../../src/core/types';
import { catalogEs } from '../../src/es';
import { mockScenario, mockWindow, MOCK_HOUR, MOCK_MINUTE, type MockScenario } from '../../src/mocks/mockScenario';
import { DowntimeBanner } from '../../src/react/DowntimeBanner';
import { snapshotOf } from './snapshotOf';

const NOW = Date.parse('2025-03-09T05:00:00.000Z');
// Case-sensitive on purpose: "maintenance" contains "nan".
const BROKEN = /Invalid Date|\bNaN\b|\bundefined\b|\bnull\b/;

function renderBanner(scenario: MockScenario, extra: { catalog?: Catalog; services?: DowntimeStateOptions['services'] } = {}) {
  // Memory-only dismissals: these tests are about words, not storage.
  return render(<DowntimeBanner snapshot={snapshotOf(scenario, NOW)} now={NOW} dismissalStorage={null} {...extra} />);
}

function alerts(container: HTMLElement) {
  return [...container.querySelectorAll('va-alert')];
}

describe('DowntimeBanner - every message tells the truth about time', () => {
  const openEnded: Record<string, MockScenario> = {
    'an active window with no end': mockScenario({
      windows: [mockWindow(NOW, 'idme', { startsInMs: -MOCK_HOUR, durationMs: null, id: '41' })],
    }),
    'an upcoming window with no end': mockScenario({
      windows: [mockWindow(NOW, 'idme', { startsInMs: MOCK_HOUR, durationMs: null, id: '42' })],
    }),
    'a PagerDuty maintenance status with no window': mockScenario({ statuses: { idme: 'maintenance' } }),
    'an incident with no window': mockScenario({ statuses: { logingov: 'critical' } }),
  };

  for (const [name, scenario] of Object.entries(openEnded)) {
    it(`never prints "Invalid Date", "NaN" or "until" for ${name}, and says we don't know yet`, () => {
      const { container, unmount } = renderBanner(scenario);
      expect(alerts(container)).toHaveLength(1);
      const text = container.textContent!;
      expect(text).not.toMatch(BROKEN);
      expect(text).not.toMatch(/\buntil\b/i);
      expect(text).toContain("We don't know yet when");
      unmount();

      const es = renderBanner(scenario, { catalog: catalogEs }).container.textContent!;
      expect(es).not.toMatch(BROKEN);
      expect(es).not.toMatch(/\bhasta\b/i);
      expect(es).toContain('Todavía no sabemos cuándo');
    });
  }

  it('says maintenance is "taking longer than expected" once PagerDuty still says maintenance after the end', () => {
    // vets-api lists only windows that haven't ended, so the overrun is seen from a snapshot fetched before the end.
    const endsAt = NOW - 30 * MOCK_MINUTE;
    const scenario = mockScenario({
      statuses: { idme: 'maintenance' },
      windows: [mockWindow(NOW, 'idme', { startsInMs: -3 * MOCK_HOUR, durationMs: endsAt - (NOW - 3 * MOCK_HOUR), id: '43' })],
    });
    const { container } = render(
      <DowntimeBanner snapshot={snapshotOf(scenario, endsAt - 10 * MOCK_MINUTE)} now={NOW} dismissalStorage={null} />,
    );
    expect(alerts(container).map((alert) => alert.getAttribute('data-state'))).toEqual(['maintenance']);
    expect(container.textContent).toContain('This maintenance is taking longer than expected.');
    expect(container.textContent).not.toMatch(BROKEN);
    expect(container.textContent).not.toMatch(/\buntil\b/i);
  });
});

describe('DowntimeBanner - per-service configuration through the services prop', () => {
  const DAY = 24 * MOCK_HOUR;

  it('shows no banner for a DS Logon window shorter than its minimum duration, and leaves other providers alone', () => {
    const scenario = mockScenario({
      windows: [
        mockWindow(NOW, 'dslogon', { startsInMs: -MOCK_MINUTE, durationMs: 23 * MOCK_HOUR, id: '51' }),
        mockWindow(NOW, 'idme', { startsInMs: -MOCK_MINUTE, durationMs: MOCK_HOUR, id: '52' }),
      ],
    });
    const { container } = renderBanner(scenario, { services: { dslogon: { minDurationMs: DAY } } });
    expect(alerts(container)).toHaveLength(1);
    expect(screen.getByRole('heading')).toHaveTextContent("You can't sign in with ID.me during maintenance");
    expect(container.textContent).not.toContain("can't sign in with DS Logon");
  });

  it('still shows a DS Logon window that is at least its minimum duration', () => {
    const scenario = mockScenario({
      windows: [mockWindow(NOW, 'dslogon', { startsInMs: -MOCK_MINUTE, durationMs: DAY, id: '53' })],
    });
    renderBanner(scenario, { services: { dslogon: { minDurationMs: DAY } } });
    expect(screen.getByRole('heading')).toHaveTextContent("You can't sign in with DS Logon during maintenance");
  });

  it('gives full-impact trouble the error tone and the phone lines', () => {
    const { container } = renderBanner(mockScenario({ statuses: { ssoe: 'critical' } }), {
      services: { ssoe: { impact: 'full' } },
    });
    expect(alerts(container)[0]).toHaveAttribute('status', 'error');
    expect(screen.getByRole('heading')).toHaveTextContent("Sign-in isn't working right now");
    expect(container.querySelector('va-telephone[contact="8006982411"]')).not.toBeNull();
  });

  it('gives partial-impact trouble the warning tone and "may have trouble" words, naming what still works', () => {
    const scenario = mockScenario({ statuses: { idme: 'critical' } });
    const { container } = renderBanner(scenario, { services: { idme: { impact: 'partial' } } });
    expect(alerts(container)[0]).toHaveAttribute('status', 'warning');
    expect(screen.getByRole('heading')).toHaveTextContent('You may have trouble signing in with ID.me');
    expect(container.textContent).toContain('You can still sign in with Login.gov');
    expect(container.textContent).not.toContain("can't sign in");
  });

  it('turns every provider being down from error to warning when their impact is partial', () => {
    const allDown = mockScenario({ statuses: { logingov: 'critical', idme: 'critical', dslogon: 'critical', mhv: 'critical' } });
    const full = renderBanner(allDown);
    expect(alerts(full.container)[0]).toHaveAttribute('status', 'error');
    full.unmount();
    const partial = { impact: 'partial' } as const;
    const { container } = renderBanner(allDown, {
      services: { logingov: partial, idme: partial, dslogon: partial, mhv: partial },
    });
    expect(alerts(container)[0]).toHaveAttribute('status', 'warning');
    expect(screen.getByRole('heading')).toHaveTextContent(/^You may have trouble signing in with/);
  });

  it('uses a per-service lead time for that service only', () => {
    const scenario = mockScenario({
      windows: [
        mockWindow(NOW, 'global', { startsInMs: 6 * MOCK_HOUR, durationMs: MOCK_HOUR, id: '61' }),
        mockWindow(NOW, 'idme', { startsInMs: 6 * MOCK_HOUR, durationMs: MOCK_HOUR, id: '62' }),
      ],
    });
    const { container, unmount } = renderBanner(scenario);
    expect(alerts(container)).toHaveLength(0);
    unmount();

    const tuned = renderBanner(scenario, { services: { global: { leadTimeMs: 12 * MOCK_HOUR } } });
    expect(alerts(tuned.container).map((alert) => alert.getAttribute('data-state'))).toEqual(['upcoming']);
    expect(screen.getByRole('heading')).toHaveTextContent('VA.gov will be down for maintenance soon');
  });

  it('says a retired credential is retired, and never offers it as a way in', () => {
    const retired = renderBanner(mockScenario({ statuses: { dslogon: 'critical' } }), { services: { dslogon: { retired: true } } });
    expect(screen.getByRole('heading')).toHaveTextContent('You can no longer sign in with DS Logon');
    expect(retired.container.textContent).toContain('VA.gov no longer offers sign-in with DS Logon.');
    expect(retired.container.textContent).toContain('You can sign in with Login.gov, ID.me, or My HealtheVet instead.');
    retired.unmount();

    const { container } = renderBanner(mockScenario({ statuses: { idme: 'critical' } }), { services: { dslogon: { retired: true } } });
    expect(container.textContent).toContain('You can still sign in with Login.gov or My HealtheVet.');
    expect(container.textContent).not.toContain('DS Logon');
  });
});
