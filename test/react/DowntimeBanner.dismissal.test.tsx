import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { catalogEs } from '../../src/es';
import { mockScenario, mockWindow, MOCK_HOUR, MOCK_MINUTE, type MockScenario } from '../../src/mocks/mockScenario';
import { DowntimeBanner } from '../../src/react/DowntimeBanner';
import { DISMISSALS_STORAGE_KEY, MAX_DISMISSALS } from '../../src/react/dismissalStore';
import type { KeyValueStorage } from '../../src/react/webStorage';
import { FakeStorage } from './fakeStorage';
import { snapshotOf } from './snapshotOf';

const NOW = Date.parse('2025-03-09T05:00:00.000Z');
const UPCOMING_START = NOW + 90 * MOCK_MINUTE;
const MAINTENANCE_END = NOW + 90 * MOCK_MINUTE;

const upcoming = (description = '', options: { startsInMs?: number } = {}) =>
  mockScenario({
    windows: [
      mockWindow(NOW, 'logingov', { startsInMs: options.startsInMs ?? 90 * MOCK_MINUTE, durationMs: 2 * MOCK_HOUR, id: '71', description }),
    ],
  });
const maintenance = (statuses: MockScenario['statuses'] = {}) =>
  mockScenario({
    statuses,
    windows: [mockWindow(NOW, 'dslogon', { startsInMs: -30 * MOCK_MINUTE, durationMs: 2 * MOCK_HOUR, id: '72' })],
  });
const mixed = mockScenario({
  statuses: { idme: 'critical' },
  windows: [...maintenance().windows, ...upcoming().windows],
});

function banner(scenario: MockScenario, storage: KeyValueStorage | null, now = NOW, fetchedAt = NOW) {
  return <DowntimeBanner snapshot={snapshotOf(scenario, fetchedAt)} now={now} dismissalStorage={storage} />;
}

function alertIn(container: HTMLElement, state: string): HTMLElement | null {
  return container.querySelector<HTMLElement>(`va-alert[data-state="${state}"]`);
}

async function closeButtonOf(alert: HTMLElement | null): Promise<HTMLButtonElement> {
  if (!alert) throw new Error('no such alert');
  return waitFor(() => {
    const button = alert.shadowRoot?.querySelector<HTMLButtonElement>('button.va-alert-close');
    if (!button) throw new Error('va-alert has not rendered a close button');
    return button;
  });
}

async function dismiss(alert: HTMLElement | null) {
  fireEvent.click(await closeButtonOf(alert));
}

function stored(storage: FakeStorage): Record<string, number> {
  return JSON.parse(storage.values.get(DISMISSALS_STORAGE_KEY) ?? '{}') as Record<string, number>;
}

describe('DowntimeBanner - which banners can be dismissed', () => {
  it('gives upcoming and maintenance banners a close button labelled from the catalog, and an active outage none', async () => {
    const { container } = render(banner(mixed, new FakeStorage()));
    expect([...container.querySelectorAll('va-alert')].map((alert) => alert.dataset.state)).toEqual([
      'down',
      'maintenance',
      'upcoming',
    ]);
    for (const state of ['maintenance', 'upcoming']) {
      const button = await closeButtonOf(alertIn(container, state));
      expect(button).toHaveAttribute('aria-label', 'Dismiss this notice');
    }
    const outage = alertIn(container, 'down')!;
    await waitFor(() => expect(outage.shadowRoot?.querySelector('.usa-alert')).not.toBeNull());
    expect(outage.shadowRoot!.querySelector('button.va-alert-close')).toBeNull();
    expect((outage as HTMLElement & { closeable?: boolean }).closeable).toBeFalsy();
    expect(outage).not.toHaveAttribute('closeable');
  });

  it('labels the close button in Spanish too', async () => {
    const { container } = render(
      <DowntimeBanner snapshot={snapshotOf(upcoming(), NOW)} now={NOW} dismissalStorage={new FakeStorage()} catalog={catalogEs} />,
    );
    expect(await closeButtonOf(alertIn(container, 'upcoming'))).toHaveAttribute('aria-label', 'Cerrar este aviso');
  });

  it('makes nothing dismissible when dismissible is false', async () => {
    const { container } = render(
      <DowntimeBanner snapshot={snapshotOf(mixed, NOW)} now={NOW} dismissalStorage={new FakeStorage()} dismissible={false} />,
    );
    const alert = alertIn(container, 'upcoming')!;
    await waitFor(() => expect(alert.shadowRoot?.querySelector('.usa-alert')).not.toBeNull());
    expect(alert.shadowRoot!.querySelector('button.va-alert-close')).toBeNull();
  });
});

describe('DowntimeBanner - dismissing and bringing back', () => {
  it('hides a closed banner, leaves a "Show sign-in status" control and moves focus to it', async () => {
    const { container } = render(banner(mixed, new FakeStorage()));
    await dismiss(alertIn(container, 'upcoming'));

    expect(alertIn(container, 'upcoming')).toBeNull();
    expect(alertIn(container, 'down')).not.toBeNull();
    const recall = screen.getByRole('button', { name: 'Show sign-in status' });
    await waitFor(() => expect(recall).toHaveFocus());
  });

  it('marks the root as dismissed when the recall control is all that is left', async () => {
    const { container } = render(banner(upcoming(), new FakeStorage()));
    await dismiss(alertIn(container, 'upcoming'));
    expect(container.querySelector('va-alert')).toBeNull();
    expect(container.firstElementChild).toHaveAttribute('data-state', 'dismissed');
  });

  it('brings the banner back from the control, moves focus to its heading, and forgets the dismissal', async () => {
    const storage = new FakeStorage();
    const { container } = render(banner(upcoming(), storage));
    await dismiss(alertIn(container, 'upcoming'));
    fireEvent.click(screen.getByRole('button', { name: 'Show sign-in status' }));

    const alert = alertIn(container, 'upcoming');
    expect(alert).not.toBeNull();
    const heading = screen.getByRole('heading', { name: /will be down for maintenance soon/ });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Show sign-in status' })).toBeNull();
    expect(stored(storage)).toEqual({});
  });

  it('writes dismissals only on a click, never while rendering', async () => {
    const storage = new FakeStorage();
    const { container, rerender } = render(banner(mixed, storage));
    rerender(banner(mixed, storage, NOW + MOCK_MINUTE));
    rerender(banner(mixed, storage, NOW + 2 * MOCK_MINUTE));
    expect(storage.writes).toHaveLength(0);

    await dismiss(alertIn(container, 'maintenance'));
    expect(storage.writes).toHaveLength(1);
    expect(storage.writes[0]![0]).toBe(DISMISSALS_STORAGE_KEY);
    rerender(banner(mixed, storage, NOW + 3 * MOCK_MINUTE));
    expect(storage.writes).toHaveLength(1);
  });

  it('keeps a banner dismissed across route changes (unmount and remount)', async () => {
    const storage = new FakeStorage();
    const first = render(banner(upcoming(), storage));
    await dismiss(alertIn(first.container, 'upcoming'));
    first.unmount();

    for (let route = 0; route < 3; route++) {
      const { container, unmount } = render(banner(upcoming(), storage));
      expect(container.querySelector('va-alert')).toBeNull();
      expect(screen.getByRole('button', { name: 'Show sign-in status' })).toBeInTheDocument();
      unmount();
    }
  });

  it('lets each of two banners on one page be dismissed on its own key, shared by both', async () => {
    const storage = new FakeStorage();
    const { container } = render(
      <>
        {banner(upcoming(), storage)}
        {banner(upcoming(), storage)}
      </>,
    );
    expect(container.querySelectorAll('va-alert')).toHaveLength(2);
    await dismiss(container.querySelector<HTMLElement>('va-alert'));
    expect(container.querySelectorAll('va-alert')).toHaveLength(0);
    expect(screen.getAllByRole('button', { name: 'Show sign-in status' })).toHaveLength(2);
  });
});

describe('DowntimeBanner - the dismissal key is window, phase and content version', () => {
  it('brings a dismissed upcoming banner back when the window starts', async () => {
    const storage = new FakeStorage();
    const { container, rerender } = render(banner(upcoming(), storage));
    await dismiss(alertIn(container, 'upcoming'));

    rerender(banner(upcoming(), storage, UPCOMING_START - 1));
    expect(container.querySelector('va-alert')).toBeNull();
    rerender(banner(upcoming(), storage, UPCOMING_START));
    expect(alertIn(container, 'maintenance')).not.toBeNull();
    expect(screen.queryByRole('button', { name: 'Show sign-in status' })).toBeNull();
  });

  it('brings a dismissed banner back when its message changes', async () => {
    const storage = new FakeStorage();
    const before = upcoming('Use ID.me while Login.gov is updated.');
    const { container, rerender } = render(banner(before, storage));
    await dismiss(alertIn(container, 'upcoming'));

    rerender(banner(upcoming('Use ID.me or DS Logon while Login.gov is updated.'), storage));
    expect(alertIn(container, 'upcoming')).not.toBeNull();
  });

  it('keeps it dismissed when an edit only changes spacing', async () => {
    const storage = new FakeStorage();
    const { container, rerender } = render(banner(upcoming('Use ID.me while Login.gov is updated.'), storage));
    await dismiss(alertIn(container, 'upcoming'));

    rerender(banner(upcoming('  Use ID.me   while Login.gov\nis updated. '), storage));
    expect(container.querySelector('va-alert')).toBeNull();
  });

  it('brings it back when the window keeps its id but its times are edited', async () => {
    const storage = new FakeStorage();
    const { container, rerender } = render(banner(upcoming(), storage));
    await dismiss(alertIn(container, 'upcoming'));

    rerender(banner(upcoming('', { startsInMs: 100 * MOCK_MINUTE }), storage));
    expect(alertIn(container, 'upcoming')).not.toBeNull();
  });
});

describe('DowntimeBanner - dismissals expire at the window end', () => {
  it("stores a maintenance dismissal until the window's end", async () => {
    const storage = new FakeStorage();
    const { container } = render(banner(maintenance(), storage));
    await dismiss(alertIn(container, 'maintenance'));
    expect(Object.values(stored(storage))).toEqual([MAINTENANCE_END]);
  });

  it('shows the banner again once maintenance overruns its end', async () => {
    const storage = new FakeStorage();
    const scenario = maintenance({ dslogon: 'maintenance' });
    const { container, rerender } = render(banner(scenario, storage));
    await dismiss(alertIn(container, 'maintenance'));
    rerender(banner(scenario, storage, MAINTENANCE_END - 1));
    expect(container.querySelector('va-alert')).toBeNull();

    rerender(banner(scenario, storage, MAINTENANCE_END + MOCK_MINUTE));
    expect(alertIn(container, 'maintenance')).not.toBeNull();
    expect(container.textContent).toContain('taking longer than expected');
  });

  it('prunes expired dismissals from storage at the next write', async () => {
    const storage = new FakeStorage({
      [DISMISSALS_STORAGE_KEY]: JSON.stringify({ 'window:1|maintenance|x': NOW - 1, 'window:2|upcoming|y': NOW + MOCK_HOUR }),
    });
    const { container } = render(banner(upcoming(), storage));
    await dismiss(alertIn(container, 'upcoming'));
    const keys = Object.keys(stored(storage));
    expect(keys).toHaveLength(2);
    expect(keys).toContain('window:2|upcoming|y');
    expect(keys).not.toContain('window:1|maintenance|x');
  });
});

describe('DowntimeBanner - storage is untrusted', () => {
  const tenThousand = JSON.stringify(
    Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`window:${i}|upcoming|abc`, NOW + (i % 2 ? 1 : -1) * i * MOCK_MINUTE])),
  );
  const cases: Record<string, () => FakeStorage> = {
    'holds the string "undefined"': () => new FakeStorage({ [DISMISSALS_STORAGE_KEY]: 'undefined' }),
    'holds "{bad"': () => new FakeStorage({ [DISMISSALS_STORAGE_KEY]: '{bad' }),
    'holds an array': () => new FakeStorage({ [DISMISSALS_STORAGE_KEY]: '[["window:71|upcoming|x", 1]]' }),
    'holds entries of the wrong types': () =>
      new FakeStorage({ [DISMISSALS_STORAGE_KEY]: '{"a":"soon","b":null,"c":{"x":1},"d":1e999,"__proto__":5}' }),
    'holds 10,000 entries': () => new FakeStorage({ [DISMISSALS_STORAGE_KEY]: tenThousand }),
    'throws on setItem': () => new FakeStorage({}, { throwOnSet: true }),
    'throws on getItem': () => new FakeStorage({}, { throwOnGet: true }),
  };

  for (const [name, make] of Object.entries(cases)) {
    it(`still renders and dismisses when storage ${name}`, async () => {
      const storage = make();
      const { container } = render(banner(upcoming(), storage));
      expect(alertIn(container, 'upcoming')).not.toBeNull();
      await dismiss(alertIn(container, 'upcoming'));
      expect(container.querySelector('va-alert')).toBeNull();
      expect(screen.getByRole('button', { name: 'Show sign-in status' })).toBeInTheDocument();
    });
  }

  it('prunes a list of 10,000 entries to its live, longest-lived few at the next write', async () => {
    const storage = cases['holds 10,000 entries']!();
    const { container } = render(banner(upcoming(), storage));
    await dismiss(alertIn(container, 'upcoming'));
    const entries = stored(storage);
    expect(Object.keys(entries)).toHaveLength(MAX_DISMISSALS);
    expect(Object.values(entries).every((expiresAt) => expiresAt > NOW)).toBe(true);
    expect(Object.keys(entries).some((key) => key.startsWith('window:71|upcoming|'))).toBe(true);
  });

  it('falls back to memory when setItem throws, so the dismissal survives a route change', async () => {
    const storage = new FakeStorage({}, { throwOnSet: true });
    const first = render(banner(upcoming(), storage));
    await dismiss(alertIn(first.container, 'upcoming'));
    first.unmount();

    const { container } = render(banner(upcoming(), storage));
    expect(container.querySelector('va-alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Show sign-in status' })).toBeInTheDocument();
  });
});

describe('DowntimeBanner - ids stay unique and references resolve', () => {
  it('gives two banners on one page unique ids, and every aria-labelledby resolves, also after a dismissal', async () => {
    const storage = new FakeStorage();
    const { container } = render(
      <>
        {banner(mixed, storage)}
        {banner(mixed, storage)}
      </>,
    );
    const check = () => {
      const ids = [...container.querySelectorAll('[id]')].map((element) => element.id);
      expect(new Set(ids).size).toBe(ids.length);
      const labelled = container.querySelectorAll('[aria-labelledby]');
      expect(labelled.length).toBeGreaterThan(0);
      for (const element of labelled) {
        for (const id of element.getAttribute('aria-labelledby')!.split(/\s+/)) expect(document.getElementById(id)).not.toBeNull();
      }
    };
    check();
    await dismiss(alertIn(container, 'upcoming'));
    expect(screen.getAllByRole('button', { name: 'Show sign-in status' })).toHaveLength(2);
    check();
  });
});
