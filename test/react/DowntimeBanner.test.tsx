import { render, screen, waitFor, within } from '@testing-library/react';
import { parseDowntimeResponse } from '../../src/core/parseDowntimeResponse';
import type { DowntimeSnapshot } from '../../src/core/types';
import { catalogEs } from '../../src/es';
import { mockScenario, mockWindow, MOCK_HOUR, MOCK_MINUTE, type MockScenario } from '../../src/mocks/mockScenario';
import { buildScenario, type ScenarioName } from '../../src/mocks/scenarios';
import { backendStatusesBody } from '../../src/mocks/vetsApiBody';
import { DowntimeBanner } from '../../src/react/DowntimeBanner';
import { expectOnlyEmptyLiveRegion } from './snapshotOf';

const NOW = Date.parse('2025-03-09T05:00:00.000Z');

/** The snapshot the hook would hold after vets-api answered with this scenario at NOW. */
function snapshotOf(scenario: ScenarioName | MockScenario): DowntimeSnapshot {
  const built = typeof scenario === 'string' ? buildScenario(scenario, NOW) : scenario;
  return parseDowntimeResponse(backendStatusesBody(built, NOW, 'camel'));
}

describe('DowntimeBanner', () => {
  it('renders a va-alert whose light-DOM heading says which provider is down', () => {
    const { container } = render(<DowntimeBanner snapshot={snapshotOf('idme-down')} now={NOW} />);
    const alerts = container.querySelectorAll('va-alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toHaveAttribute('status', 'warning');
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading).toHaveAttribute('slot', 'headline');
    expect(heading).toHaveTextContent("You can't sign in with ID.me right now");
    expect(alerts[0]!.contains(heading)).toBe(true);
  });

  it('names the sign-in options that still work', () => {
    render(<DowntimeBanner snapshot={snapshotOf('idme-down')} now={NOW} />);
    expect(screen.getByText(/You can still sign in with Login\.gov/)).toBeInTheDocument();
  });

  it('gives the MyVA411 line and its TTY with va-telephone', async () => {
    const { container } = render(<DowntimeBanner snapshot={snapshotOf('idme-down')} now={NOW} />);
    const main = container.querySelector('va-telephone[contact="8006982411"]');
    expect(main).not.toBeNull();
    const relay = container.querySelector<HTMLElement & { tty?: boolean }>('va-telephone[contact="711"]');
    expect(relay?.tty).toBe(true);
    expect(main!.closest('li')).toHaveTextContent('MyVA411 main information line');
    expect(main!.closest('li')).toHaveTextContent('select 0');
    // va-telephone formats the number inside its shadow root once Stencil has rendered it.
    await waitFor(() => expect(main!.shadowRoot?.textContent).toContain('800-698-2411'));
  });

  it('labels the list of phone lines with a heading that exists', () => {
    const { container } = render(<DowntimeBanner snapshot={snapshotOf('idme-down')} now={NOW} />);
    const list = container.querySelector('ul[aria-labelledby]')!;
    const label = document.getElementById(list.getAttribute('aria-labelledby')!);
    expect(label).toHaveTextContent('Other ways to get help');
  });

  it("adds the task's phone lines", () => {
    const { container } = render(<DowntimeBanner snapshot={snapshotOf('idme-down')} now={NOW} task="health" />);
    expect(container.querySelector('va-telephone[contact="8772228387"]')).not.toBeNull();
  });

  it("links to the affected provider's help center", () => {
    const { container } = render(<DowntimeBanner snapshot={snapshotOf('idme-down')} now={NOW} />);
    expect(container.querySelector('va-link[href="https://help.id.me"]')).not.toBeNull();
  });

  it('uses the error tone and leads with phone help when every provider is down', () => {
    const { container } = render(<DowntimeBanner snapshot={snapshotOf('all-down')} now={NOW} />);
    expect(container.querySelector('va-alert')).toHaveAttribute('status', 'error');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent("Sign-in isn't working right now");
    expect(container.querySelector('va-alert p')).toHaveTextContent('You can still get help by phone');
  });

  it('puts the worst state on the root and each banner state on its alert, worst first', () => {
    const scenario = mockScenario({
      statuses: { idme: 'critical' },
      windows: [mockWindow(NOW, 'logingov', { startsInMs: 30 * MOCK_MINUTE, durationMs: MOCK_HOUR, id: '7' })],
    });
    const { container } = render(<DowntimeBanner snapshot={snapshotOf(scenario)} now={NOW} className="signin-status" />);
    const root = container.firstElementChild!;
    expect(root).toHaveAttribute('data-state', 'down');
    expect(root).toHaveClass('signin-status');
    const states = [...container.querySelectorAll('va-alert')].map((alert) => alert.getAttribute('data-state'));
    expect(states).toEqual(['down', 'upcoming']);
  });

  it('uses the heading level it is given', () => {
    render(<DowntimeBanner snapshot={snapshotOf('idme-down')} now={NOW} headingLevel={4} />);
    expect(screen.getByRole('heading', { level: 4 })).toHaveAttribute('slot', 'headline');
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
  });

  // Issue 2 asked for no output at all here; issue 6 mounts the live region up front, so the only output is that
  // region: empty, visually hidden, and with no visible wrapper around it.
  it('renders only its empty, visually hidden live region when every provider is ok', () => {
    const { container } = render(<DowntimeBanner snapshot={snapshotOf('all-ok')} now={NOW} />);
    expectOnlyEmptyLiveRegion(container);
  });

  it('renders nothing for a window that is past, even if the snapshot still lists it', () => {
    const stale = mockScenario({ windows: [mockWindow(NOW, 'idme', { startsInMs: -3 * MOCK_HOUR, durationMs: MOCK_HOUR })] });
    const snapshot = parseDowntimeResponse(backendStatusesBody(stale, NOW - 3 * MOCK_HOUR, 'camel'));
    const { container } = render(<DowntimeBanner snapshot={snapshot} now={NOW} />);
    expect(snapshot.windows).toHaveLength(1);
    expectOnlyEmptyLiveRegion(container);
  });

  it("shows a window's own message as plain text, never as markup", () => {
    const scenario = mockScenario({
      windows: [
        mockWindow(NOW, 'logingov', {
          startsInMs: -MOCK_MINUTE,
          description: '<img src=x onerror="alert(1)"> Use ID.me while Login.gov is updated.',
        }),
      ],
    });
    const { container } = render(<DowntimeBanner snapshot={snapshotOf(scenario)} now={NOW} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(/Use ID\.me while Login\.gov is updated\./)).toHaveTextContent('<img src=x');
  });

  it('writes in Spanish when asked', () => {
    render(<DowntimeBanner snapshot={snapshotOf('idme-down')} now={NOW} catalog={catalogEs} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('En este momento no puede iniciar sesión con ID.me');
  });

  it('marks a Spanish banner and its announcer lang="es", so screen readers read it in Spanish on an English page', () => {
    const { container } = render(<DowntimeBanner snapshot={snapshotOf('idme-down')} now={NOW} catalog={catalogEs} />);
    expect(container.querySelector('[data-state="down"]')?.closest('[lang]')?.getAttribute('lang')).toBe('es');
    expect(container.querySelector('[data-downtime-announcer="polite"]')).toHaveAttribute('lang', 'es');
    render(<DowntimeBanner snapshot={snapshotOf('idme-down')} now={NOW} />);
    expect(screen.getByRole('heading', { name: /can't sign in with ID\.me/ }).closest('[lang]')?.getAttribute('lang')).toBe('en');
  });

  it("marks a window's own English message lang=\"en\" inside a Spanish banner, and leaves the catalog's paragraphs Spanish", () => {
    const { container } = render(
      <DowntimeBanner snapshot={snapshotOf('maintenance-with-message')} now={NOW} catalog={catalogEs} dismissible={false} />,
    );
    const paragraphs = [...container.querySelectorAll('va-alert > p:not([id])')];
    expect(paragraphs.length).toBeGreaterThanOrEqual(2);
    const message = paragraphs.at(-1)!;
    expect(message).toHaveTextContent(/^Login\.gov is updating its systems\./);
    expect(message).toHaveAttribute('lang', 'en');
    for (const paragraph of paragraphs.slice(0, -1)) {
      expect(paragraph).not.toHaveAttribute('lang');
      expect(paragraph.closest('[lang]')).toHaveAttribute('lang', 'es');
    }
  });

  it('gives two banners on one page unique ids whose references all resolve', () => {
    const snapshot = snapshotOf('several-down');
    const { container } = render(
      <>
        <DowntimeBanner snapshot={snapshot} now={NOW} />
        <DowntimeBanner snapshot={snapshot} now={NOW} />
      </>,
    );
    const ids = [...container.querySelectorAll('[id]')].map((element) => element.id);
    expect(ids.length).toBeGreaterThanOrEqual(4);
    expect(new Set(ids).size).toBe(ids.length);
    for (const element of container.querySelectorAll('[aria-labelledby]')) {
      expect(document.getElementById(element.getAttribute('aria-labelledby')!)).not.toBeNull();
    }
    for (const alert of container.querySelectorAll('va-alert')) {
      expect(within(alert as HTMLElement).getByRole('heading').id).toBe(`${alert.id}-headline`);
    }
  });
});
