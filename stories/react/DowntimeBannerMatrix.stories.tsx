import type { Meta, StoryObj } from '@storybook/react-vite';
import { formatEasternTime } from '../../src/content/index';
import { DowntimeBanner } from '../../src/index';
import { BANNER_STATE_KEYS, BANNER_STATES, type BannerStateKey, type StateGroup } from '../fixtures/bannerStates';
import { bannerStateProps } from '../fixtures/bannerStateProps';
import { expectBannersShow } from '../fixtures/expectBannersShow';

// Heading levels are the same banner at other depths; on one canvas they would break the outline.
const MATRIX_KEYS = BANNER_STATE_KEYS.filter((key) => BANNER_STATES[key].group !== 'Heading levels');

const GROUPS = [...new Set(MATRIX_KEYS.map((key) => BANNER_STATES[key].group))];

function keysOf(group: StateGroup): BannerStateKey[] {
  return MATRIX_KEYS.filter((key) => BANNER_STATES[key].group === group);
}

/** Every state on one canvas, grouped, each under a caption with the instant it is frozen at. */
function AllStates() {
  return (
    <div className="matrix">
      {GROUPS.map((group) => (
        <section key={group} aria-labelledby={`group-${group}`}>
          <h2 id={`group-${group}`} className="matrix-group">
            {group}
          </h2>
          {keysOf(group).map((key) => {
            const state = BANNER_STATES[key];
            return (
              <section key={key} aria-labelledby={`case-${key}`} className="matrix-case" data-case={key}>
                <h3 id={`case-${key}`} className="matrix-case-title">
                  {state.title}
                </h3>
                <p className="matrix-case-when">Shown at {formatEasternTime(Date.parse(state.now))}</p>
                <DowntimeBanner {...bannerStateProps(key)} headingLevel={4} />
              </section>
            );
          })}
        </section>
      ))}
      <style>{`
        .matrix-group { font-size: 1.75rem; margin: 2.5rem 0 0; border-bottom: 2px solid #1b1b1b; }
        .matrix-case { margin: 1.5rem 0 2rem; }
        .matrix-case-title { font-size: 1.25rem; margin: 0; }
        .matrix-case-when { margin: 0.25rem 0 0.75rem; color: #565c65; }
      `}</style>
    </div>
  );
}

const meta = {
  title: 'DowntimeBanner/All states',
  component: AllStates,
  tags: ['!autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The whole matrix on one canvas for review and visual diffing. Each case is the same data as its story under ' +
          'DowntimeBanner/States; headlines are h4 here, under the group (h2) and case (h3) captions.',
      },
    },
  },
} satisfies Meta<typeof AllStates>;

export default meta;
type Story = StoryObj<typeof meta>;

export const AllStatesMatrix: Story = {
  name: 'All states',
  play: async ({ canvasElement }) => {
    for (const key of MATRIX_KEYS) {
      const section = canvasElement.querySelector<HTMLElement>(`[data-case="${key}"]`)!;
      await expectBannersShow(section, BANNER_STATES[key].banners, 4);
    }
  },
};
