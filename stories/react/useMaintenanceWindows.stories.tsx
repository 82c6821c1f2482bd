import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { DowntimeBanner, useMaintenanceWindows, type DowntimeBannerProps } from '../../src/index';
import { buildScenario, createHandlers, type ScenarioName } from '../../src/mocks/index';
import { documentedDefaults, withOverrides } from '../fixtures/documentedDefaults';
import { expectBannersShow } from '../fixtures/expectBannersShow';
import { BANNER_STATES, PHONE } from '../fixtures/bannerStates';
import { STORY_WAIT } from '../fixtures/storyWait';

// Thursday, February 6, 2025, 11:30 a.m. ET, for the mock API's clock and the hook's alike.
const NOW = Date.parse('2025-02-06T16:30:00.000Z');

/** What the hook returns, printed for developers. A second consumer of the same SWR key: still one request. */
function HookResult(props: DowntimeBannerProps) {
  const { snapshot, state, status, showStatusUnknown, error, isLoading, lastUpdatedAt } = useMaintenanceWindows(props);
  const rows: Array<[string, string]> = [
    ['isLoading', String(isLoading)],
    ['status', status],
    ['showStatusUnknown', String(showStatusUnknown)],
    ['snapshot', snapshot ? `${snapshot.statuses.length} statuses, ${snapshot.windows.length} windows` : 'undefined'],
    ['state.banners', state.banners.map((b) => `${b.state}: ${b.providers.join(', ')}`).join('; ') || 'none'],
    [
      'error',
      error ? `${error.failure}${error.status ? ` (HTTP ${error.status})` : ''}${error.retryAfterMs ? `, retry after ${error.retryAfterMs / 1000} s` : ''}` : 'undefined',
    ],
    ['lastUpdatedAt', lastUpdatedAt === null ? 'null' : 'set'],
  ];
  return (
    <dl className="hook-result">
      {rows.map(([name, value]) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd data-field={name}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The real banner, fetching through msw, above the raw hook result. */
function LiveBanner(props: DowntimeBannerProps) {
  return (
    <>
      <div data-testid="banner-slot">
        <DowntimeBanner {...props} />
      </div>
      <h2 className="hook-title">useMaintenanceWindows() result (developer view, not part of the banner)</h2>
      <HookResult {...props} />
      <style>{`
        .hook-title { font-size: 1rem; margin: 2rem 0 0.5rem; color: #565c65; }
        .hook-result { margin: 0; font-family: monospace; font-size: 0.875rem; }
        .hook-result div { display: flex; gap: 1rem; }
        .hook-result dt { min-width: 9rem; font-weight: 700; }
        .hook-result dd { margin: 0; }
      `}</style>
    </>
  );
}

const meta = {
  title: 'useMaintenanceWindows',
  component: DowntimeBanner,
  render: (args) => <LiveBanner {...args} />,
  // 10 s is the shortest interval the hook accepts; stories that wait for a second response take that long.
  args: { now: NOW, refreshInterval: 10_000, dismissalStorage: null, announcementStorage: null },
  argTypes: withOverrides(documentedDefaults(DowntimeBanner), {
    snapshot: { control: false },
    fetcher: { control: false },
    now: { control: 'date' },
    dismissalStorage: { control: false },
    announcementStorage: { control: false },
  }),
  parameters: {
    docs: {
      // Each story in its own iframe, with its own msw worker client: inline, the stories on this page would share
      // one set of handlers and answer each other's requests.
      story: { inline: false, iframeHeight: 460 },
      description: {
        component:
          'The real hook and banner, fetching `GET /v0/backend_statuses` from msw handlers that answer like vets-api ' +
          '(`createHandlers(scenario, { now })`). The clock is frozen at Thursday, February 6, 2025, 11:30 a.m. ET on both ' +
          'sides. `refreshInterval` is 10 seconds, the shortest the hook allows, so the stories that wait for a second ' +
          'response take about that long. Below the banner is what the hook returns.',
      },
    },
  },
} satisfies Meta<typeof DowntimeBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

const field = (canvasElement: HTMLElement, name: string) =>
  canvasElement.querySelector(`[data-field="${name}"]`)?.textContent ?? '';

const bannerSlot = (canvasElement: HTMLElement) => canvasElement.querySelector<HTMLElement>('[data-testid="banner-slot"]')!;

// Long enough for the poll after the first one, 10 s later.
const SECOND_RESPONSE = { ...STORY_WAIT, timeout: 20_000 };

/** Nothing a sighted Veteran could see: no banner, no wrapper, no height. The visually hidden live region may be there. */
function expectNothingShown(canvasElement: HTMLElement) {
  const slot = bannerSlot(canvasElement);
  expect(slot.querySelectorAll('[data-state]').length, 'elements with data-state').toBe(0);
  expect(slot.querySelectorAll('va-alert').length, 'va-alert banners').toBe(0);
  expect(slot.getBoundingClientRect().height, 'height of what the banner rendered').toBe(0);
}

async function waitForBanners(canvasElement: HTMLElement, count: number) {
  await waitFor(() => expect(canvasElement.querySelectorAll('va-alert').length, 'va-alert banners').toBe(count), SECOND_RESPONSE);
}

/** Answers with `first` to the first request and with `then` to every later one. */
function firstThen(first: ScenarioName, then: ScenarioName) {
  let served = 0;
  return () => buildScenario(served++ === 0 ? first : then, NOW);
}

let requests = 0;

export const Loading: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'The first request takes ten minutes to answer. Until it does, the banner shows nothing, not even an empty ' +
          'wrapper (only its visually hidden live region is in the page), so a page that is fine never flashes a banner.',
      },
    },
  },
  beforeEach: ({ msw }) => {
    requests = 0;
    msw.use(...createHandlers('idme-down', { now: NOW, delayMs: 10 * 60_000, onRequest: () => requests++ }));
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(requests, 'requests sent').toBeGreaterThan(0), STORY_WAIT);
    expect(field(canvasElement, 'isLoading')).toBe('true');
    expect(field(canvasElement, 'status')).toBe('loading');
    expect(field(canvasElement, 'snapshot')).toBe('undefined');
    expectNothingShown(canvasElement);
  },
};

export const ApiErrorWithNoData: Story = {
  name: 'API error with no previous data',
  parameters: {
    docs: {
      description: {
        story:
          "vets-api's gateway answers 503 with an HTML page on the very first request. The banner shows nothing, by " +
          'design. A failed status call says nothing about sign-in: the providers are most likely fine, and a "sign-in ' +
          'is broken" banner here would be a false alarm that sends Veterans away from sign-in that works (VA.gov ' +
          'does this today). The hook exposes the failure as `error` for logging and keeps polling.',
      },
    },
  },
  beforeEach: ({ msw }) => {
    msw.use(...createHandlers('api-error', { now: NOW }));
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(field(canvasElement, 'error')).toBe('http (HTTP 503)'), STORY_WAIT);
    expect(field(canvasElement, 'snapshot')).toBe('undefined');
    expect(field(canvasElement, 'showStatusUnknown')).toBe('false');
    expectNothingShown(canvasElement);
  },
};

export const ApiErrorGenericWarning: Story = {
  name: "API error with no data, onApiFailure: 'generic-warning'",
  args: { onApiFailure: 'generic-warning' },
  parameters: {
    docs: {
      description: {
        story:
          "The same failure, for a host app that opts in to `onApiFailure: 'generic-warning'`: with nothing " +
          "trustworthy to decide from, it shows a neutral notice that we can't check sign-in status, never an outage.",
      },
    },
  },
  beforeEach: ({ msw }) => {
    msw.use(...createHandlers('api-error', { now: NOW }));
  },
  play: async ({ canvasElement }) => {
    await expectBannersShow(canvasElement, [
      {
        state: 'status-unknown',
        tone: 'warning',
        headline: "We can't check sign-in status right now",
        alternative: 'If you have trouble signing in, try again in a few minutes. You can also call us for help.',
        phones: [PHONE.myva411],
      },
    ]);
    expect(field(canvasElement, 'status')).toBe('unknown');
  },
};

export const ApiErrorAfterGoodData: Story = {
  name: 'API error after good data',
  parameters: {
    docs: {
      description: {
        story:
          'The first response says ID.me is down; every later one is a 503. The banner keeps showing the last good ' +
          'state (for `staleTtlMs`, 15 minutes by default), and the hook reports the error alongside it.',
      },
    },
  },
  beforeEach: ({ msw }) => {
    msw.use(...createHandlers(firstThen('idme-down', 'api-error'), { now: NOW }));
  },
  play: async ({ canvasElement }) => {
    await expectBannersShow(canvasElement, BANNER_STATES['idme-down'].banners);
    await waitFor(() => expect(field(canvasElement, 'error')).toBe('http (HTTP 503)'), SECOND_RESPONSE);
    expect(field(canvasElement, 'status')).toBe('stale');
    await expectBannersShow(canvasElement, BANNER_STATES['idme-down'].banners);
  },
};

export const RateLimited: Story = {
  name: 'Rate-limited (429) after good data',
  parameters: {
    docs: {
      description: {
        story:
          "The first response says Login.gov is down. The next poll gets vets-api's PagerDuty 429 with " +
          '`Retry-After: 120`: the banner stays as it was, the error carries the delay, and the hook sends nothing ' +
          'more for 2 minutes.',
      },
    },
  },
  beforeEach: ({ msw }) => {
    requests = 0;
    msw.use(...createHandlers(firstThen('logingov-down', 'rate-limited'), { now: NOW, onRequest: () => requests++ }));
  },
  play: async ({ canvasElement }) => {
    await expectBannersShow(canvasElement, BANNER_STATES['logingov-down'].banners);
    await waitFor(() => expect(field(canvasElement, 'error')).toBe('rate-limited (HTTP 429), retry after 120 s'), SECOND_RESPONSE);
    expect(field(canvasElement, 'status')).toBe('stale');
    await expectBannersShow(canvasElement, BANNER_STATES['logingov-down'].banners);
    expect(requests, 'requests sent').toBe(2);
  },
};

export const OutagePublished: Story = {
  name: 'Outage published while the page is open',
  parameters: {
    docs: {
      description: {
        story:
          'All is well when the page loads. Three seconds later PagerDuty reports Login.gov down; the next poll, 10 ' +
          'seconds after the first, picks it up and the banner appears, with no reload.',
      },
    },
  },
  beforeEach: ({ msw }) => {
    let published = false;
    const timer = setTimeout(() => {
      published = true;
    }, 3_000);
    msw.use(...createHandlers(() => buildScenario(published ? 'logingov-down' : 'all-ok', NOW), { now: NOW }));
    return () => clearTimeout(timer);
  },
  play: async ({ canvasElement }) => {
    const slot = bannerSlot(canvasElement);
    await waitFor(() => expect(field(canvasElement, 'status')).toBe('fresh'), STORY_WAIT);
    expectNothingShown(canvasElement);
    await waitForBanners(canvasElement, 1);
    await expectBannersShow(canvasElement, BANNER_STATES['logingov-down'].banners);
    expect(bannerSlot(canvasElement) === slot, 'the same page, not a reload').toBe(true);
  },
};
