import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { catalogEs } from '../../src/es';
import { catalogEn, DowntimeBanner } from '../../src/index';
import { BANNER_STATES, type BannerStateKey } from '../fixtures/bannerStates';
import { bannerStateProps } from '../fixtures/bannerStateProps';
import { documentedDefaults, withOverrides } from '../fixtures/documentedDefaults';
import { expectBannersShow } from '../fixtures/expectBannersShow';
import { STORY_WAIT } from '../fixtures/storyWait';

const meta = {
  title: 'DowntimeBanner/States',
  component: DowntimeBanner,
  parameters: {
    docs: {
      description: {
        component:
          'Every state the banner can be in, each frozen at one instant: the data is a vets-api `backend_statuses` body built ' +
          'from that instant with the mocks, read by the real parser, and passed as `snapshot` with `now`, so nothing is ' +
          'fetched and nothing drifts. Each story checks in Chromium what a Veteran must see and runs axe.',
      },
    },
  },
  argTypes: withOverrides(documentedDefaults(DowntimeBanner), {
    now: { control: 'date' },
    snapshot: { control: 'object' },
    headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5, 6] },
    catalog: { control: 'inline-radio', options: ['en', 'es'], mapping: { en: catalogEn, es: catalogEs } },
    task: { control: 'select', options: ['general', 'direct-deposit', 'health', 'claims', 'education'] },
    timeZone: { control: 'text' },
    fetcher: { control: false },
    endpoint: { control: false },
    refreshInterval: { control: false },
    enabled: { control: false },
    dismissalStorage: { control: false },
    announcementStorage: { control: false },
  }),
} satisfies Meta<typeof DowntimeBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A story for one case: controlled props, a description naming the decision-table rows, and the checks. */
function stateStory(key: BannerStateKey): Story {
  const state = BANNER_STATES[key];
  const args = bannerStateProps(key);
  return {
    args,
    parameters: {
      stateKey: key,
      docs: { description: { story: `${state.summary} Shown at ${state.now}. Rows ${state.rows.join(', ')} of docs/states.md.` } },
    },
    play: async ({ canvasElement }) => {
      await expectBannersShow(canvasElement, state.banners, args.headingLevel);
    },
  };
}

export const LoginGovDown: Story = { name: 'Login.gov down', ...stateStory('logingov-down') };
export const IdmeDown: Story = { name: 'ID.me down', ...stateStory('idme-down') };
export const DsLogonDown: Story = { name: 'DS Logon down', ...stateStory('dslogon-down') };
export const MhvDown: Story = { name: 'My HealtheVet down', ...stateStory('mhv-down') };
export const TwoDown: Story = { name: 'Two providers down', ...stateStory('two-down') };
export const AllDown: Story = { name: 'All providers down', ...stateStory('all-down') };
export const SsoeDown: Story = { name: 'SSOe down (sign-in broken)', ...stateStory('ssoe-down') };
export const MviDegraded: Story = { name: 'MVI degraded', ...stateStory('mvi-degraded') };
export const OutageWithEnd: Story = { name: 'Outage with an expected end', ...stateStory('outage-with-end') };
export const PartialImpact: Story = { name: 'Partial outage', ...stateStory('partial-impact') };
export const RetiredProvider: Story = { name: 'Retired provider', ...stateStory('retired-provider') };
export const ProviderMaintenance: Story = { name: 'Provider maintenance with an end', ...stateStory('provider-maintenance') };
export const ProviderMaintenanceOpenEnded: Story = {
  name: 'Provider maintenance with no end',
  ...stateStory('provider-maintenance-open-ended'),
};
export const ProviderMaintenanceStatusOnly: Story = {
  name: 'Provider maintenance, status only',
  ...stateStory('provider-maintenance-status-only'),
};
export const MaintenanceOverdue: Story = { name: 'Maintenance taking longer than expected', ...stateStory('maintenance-overdue') };
export const UserMessage: Story = { name: 'Maintenance with a USER_MESSAGE', ...stateStory('user-message') };
export const OverlappingWindows: Story = { name: 'Overlapping windows', ...stateStory('overlapping-windows') };
export const AllProvidersMaintenance: Story = { name: 'Every provider in maintenance', ...stateStory('all-providers-maintenance') };
export const SignInMaintenance: Story = { name: 'SSOe maintenance', ...stateStory('sign-in-maintenance') };
export const SitewideMaintenance: Story = { name: 'Sitewide maintenance', ...stateStory('sitewide-maintenance') };
export const MviMaintenance: Story = { name: 'MVI maintenance', ...stateStory('mvi-maintenance') };
export const UpcomingProvider: Story = { name: 'Upcoming provider maintenance', ...stateStory('upcoming-provider') };
export const UpcomingSignIn: Story = { name: 'Upcoming SSOe maintenance', ...stateStory('upcoming-sign-in') };
export const UpcomingSitewide: Story = { name: 'Upcoming sitewide maintenance', ...stateStory('upcoming-sitewide') };
export const UpcomingSitewide12Hours: Story = {
  name: 'Sitewide maintenance announced 12 hours ahead',
  ...stateStory('upcoming-sitewide-12h'),
};
export const OutageAndUpcoming: Story = { name: 'Two banners: outage and upcoming', ...stateStory('outage-and-upcoming') };
export const CrossingMidnight: Story = { name: 'Window crossing midnight', ...stateStory('crossing-midnight') };
export const DstSpringForward: Story = { name: 'Window crossing the spring DST change', ...stateStory('dst-spring-forward') };
export const DstFallBack: Story = { name: 'Window crossing the fall DST change', ...stateStory('dst-fall-back') };
export const TaskDirectDeposit: Story = { name: 'Task: direct deposit', ...stateStory('task-direct-deposit') };
export const TaskHealth: Story = { name: 'Task: health care', ...stateStory('task-health') };
export const TaskClaims: Story = { name: 'Task: claims', ...stateStory('task-claims') };
export const TaskEducation: Story = { name: 'Task: education', ...stateStory('task-education') };
export const Spanish: Story = { name: 'Spanish', ...stateStory('spanish') };
export const HeadingLevel2: Story = { name: 'Heading level 2', ...stateStory('heading-level-2') };
export const HeadingLevel3: Story = { name: 'Heading level 3', ...stateStory('heading-level-3') };
export const HeadingLevel4: Story = { name: 'Heading level 4', ...stateStory('heading-level-4') };
export const HeadingLevel5: Story = { name: 'Heading level 5', ...stateStory('heading-level-5') };
export const HeadingLevel6: Story = { name: 'Heading level 6', ...stateStory('heading-level-6') };

const rootState = (canvasElement: HTMLElement) => canvasElement.querySelector('[data-state]')?.getAttribute('data-state') ?? null;

async function dismissFirstBanner(canvasElement: HTMLElement) {
  const alert = canvasElement.querySelector('va-alert')!;
  const close = await waitFor(() => {
    const button = alert.shadowRoot?.querySelector<HTMLButtonElement>('button[aria-label="Dismiss this notice"]');
    expect(button ? 'found' : 'missing', 'the close button').toBe('found');
    return button!;
  }, STORY_WAIT);
  close.click();
  await waitFor(() => {
    expect(rootState(canvasElement), 'data-state of the root').toBe('dismissed');
    expect(canvasElement.querySelectorAll('va-alert').length, 'va-alert banners').toBe(0);
    const recall = canvasElement.querySelector('button[data-downtime-recall]');
    expect(recall?.textContent, 'the recall control').toBe('Show sign-in status');
    expect(document.activeElement === recall, 'focus is on the recall control').toBe(true);
  }, STORY_WAIT);
}

export const Dismissed: Story = {
  name: 'Dismissed, with the control to show it again',
  args: bannerStateProps('provider-maintenance'),
  parameters: {
    docs: {
      description: {
        story:
          'Maintenance and upcoming banners have a close button (outages never do). Closing one leaves a "Show sign-in ' +
          'status" control and moves focus to it; pressing that brings the banner back with focus on its headline. ' +
          'The story closes the banner, brings it back, and closes it again, so it ends in the dismissed state.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const [banner] = BANNER_STATES['provider-maintenance'].banners;
    await expectBannersShow(canvasElement, [banner!]);
    await dismissFirstBanner(canvasElement);

    canvasElement.querySelector<HTMLButtonElement>('button[data-downtime-recall]')!.click();
    await waitFor(() => {
      expect(rootState(canvasElement), 'data-state of the root').toBe('maintenance');
      const heading = canvasElement.querySelector('va-alert [slot="headline"]');
      expect(document.activeElement === heading, 'focus is on the headline').toBe(true);
    }, STORY_WAIT);
    await expectBannersShow(canvasElement, [banner!]);

    await dismissFirstBanner(canvasElement);
  },
};
