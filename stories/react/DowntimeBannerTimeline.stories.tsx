import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId, useState } from 'react';
import { expect, waitFor } from 'storybook/test';
import { formatEasternTime } from '../../src/content/index';
import { DowntimeBanner } from '../../src/index';
import { MOCK_HOUR as HOUR, MOCK_MINUTE as MINUTE, mockScenario, mockWindow } from '../../src/mocks/index';
import { snapshotAt } from '../fixtures/snapshotAt';
import { STORY_WAIT } from '../fixtures/storyWait';

// Midnight ET at the start of Thursday, February 6, 2025 (EST, UTC-5).
const DAY_START = Date.parse('2025-02-06T05:00:00.000Z');
const LAST_MINUTE = 24 * 60 - 5;

// Login.gov from 9:00 to 11:00 a.m. and all of VA.gov from 8:00 to 10:00 p.m. ET. With the default 2-hour lead,
// the day runs: nothing, Login.gov upcoming, Login.gov maintenance, nothing, sitewide upcoming, sitewide
// maintenance, nothing. The snapshot was fetched at midnight, when vets-api listed both.
const SNAPSHOT = snapshotAt(
  mockScenario({
    windows: [
      mockWindow(DAY_START, 'logingov', { startsInMs: 9 * HOUR, durationMs: 2 * HOUR, id: '4201' }),
      mockWindow(DAY_START, 'global', { startsInMs: 20 * HOUR, durationMs: 2 * HOUR, id: '4202' }),
    ],
  }),
  DAY_START,
);

// Hours ET; the colours follow va-alert's info, warning and error borders.
const SEGMENTS = [
  { from: 7, to: 9, label: '7 to 9 a.m.: Login.gov maintenance coming up', color: '#00bde3' },
  { from: 9, to: 11, label: '9 to 11 a.m.: Login.gov maintenance', color: '#ffbe2e' },
  { from: 18, to: 20, label: '6 to 8 p.m.: sitewide maintenance coming up', color: '#00bde3' },
  { from: 20, to: 22, label: '8 to 10 p.m.: sitewide maintenance', color: '#d54309' },
];

interface TimelineProps {
  /** Minutes after midnight ET on Thursday, February 6, 2025. */
  minute: number;
}

/** A day with two maintenance windows, scrubbed by the `minute` arg or the slider on the canvas. */
function Timeline({ minute }: TimelineProps) {
  // A new arg starts the slider over from it.
  return <TimelineDay key={minute} start={minute} />;
}

function TimelineDay({ start }: { start: number }) {
  const [value, setValue] = useState(start);
  const sliderId = useId();
  const now = DAY_START + value * MINUTE;
  return (
    <div>
      <label htmlFor={sliderId} className="timeline-label">
        Time of day (ET)
      </label>
      <input
        id={sliderId}
        className="timeline-slider"
        type="range"
        min={0}
        max={LAST_MINUTE}
        step={5}
        value={value}
        aria-valuetext={formatEasternTime(now)}
        onChange={(event) => setValue(Number(event.target.value))}
      />
      <div className="timeline-bar" aria-hidden="true">
        {SEGMENTS.map((s) => (
          <span
            key={s.label}
            title={s.label}
            style={{ left: `${(s.from / 24) * 100}%`, width: `${((s.to - s.from) / 24) * 100}%`, background: s.color }}
          />
        ))}
        <i style={{ left: `${(value / (24 * 60)) * 100}%` }} />
      </div>
      <ul className="timeline-legend">
        {SEGMENTS.map((s) => (
          <li key={s.label}>
            <span aria-hidden="true" style={{ background: s.color }} />
            {s.label}
          </li>
        ))}
      </ul>
      <p className="timeline-now" data-testid="timeline-now">
        Banner as of <strong>{formatEasternTime(now)}</strong>
      </p>
      <DowntimeBanner snapshot={SNAPSHOT} now={now} />
      <style>{`
        .timeline-label { display: block; font-weight: 700; }
        .timeline-slider { width: 100%; margin: 0.5rem 0; }
        .timeline-bar { position: relative; height: 0.75rem; background: #dfe1e2; margin-bottom: 0.5rem; }
        .timeline-bar span { position: absolute; top: 0; bottom: 0; }
        .timeline-bar i { position: absolute; top: -0.25rem; bottom: -0.25rem; width: 2px; background: #1b1b1b; }
        .timeline-legend { list-style: none; margin: 0 0 0.75rem; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; font-size: 0.875rem; }
        .timeline-legend span { display: inline-block; width: 0.75rem; height: 0.75rem; margin-right: 0.375rem; vertical-align: -0.05rem; }
        .timeline-now { margin: 0 0 1rem; }
      `}</style>
    </div>
  );
}

const meta = {
  title: 'DowntimeBanner/Timeline',
  component: Timeline,
  tags: ['!autodocs'],
  argTypes: {
    minute: {
      control: { type: 'range', min: 0, max: LAST_MINUTE, step: 5 },
      description: 'Minutes after midnight ET. 420 = 7:00 a.m., 540 = 9:00 a.m., 1080 = 6:00 p.m., 1200 = 8:00 p.m.',
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'One day, Thursday, February 6, 2025, holding Login.gov maintenance from 9:00 to 11:00 a.m. ET and sitewide ' +
          'maintenance from 8:00 to 10:00 p.m. ET. Drag the `minute` control (or the slider on the canvas) to watch the ' +
          'banner go through upcoming, active and ended. The snapshot never changes: only `now` moves.',
      },
    },
  },
} satisfies Meta<typeof Timeline>;

export default meta;
type Story = StoryObj<typeof meta>;

const PHASES: Array<[minute: number, headline: string | null]> = [
  [6 * 60 + 55, null],
  [7 * 60, 'Sign-in with Login.gov will be down for maintenance soon'],
  [8 * 60 + 55, 'Sign-in with Login.gov will be down for maintenance soon'],
  [9 * 60, "You can't sign in with Login.gov during maintenance"],
  [10 * 60 + 55, "You can't sign in with Login.gov during maintenance"],
  [11 * 60, null],
  [18 * 60, 'VA.gov will be down for maintenance soon'],
  [20 * 60, 'VA.gov is down for maintenance'],
  [22 * 60, null],
  // Back to where the story starts, so that it ends (and its screenshot shows) the active window.
  [9 * 60 + 30, "You can't sign in with Login.gov during maintenance"],
];

// Moves the slider the way a drag does: the native value setter, which React's change tracking watches, and an
// input event.
function scrubTo(slider: HTMLInputElement, minute: number) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(slider, String(minute));
  slider.dispatchEvent(new Event('input', { bubbles: true }));
}

export const Day: Story = {
  name: 'Timeline',
  args: { minute: 9 * 60 + 30 },
  play: async ({ canvasElement, step }) => {
    const slider = canvasElement.querySelector<HTMLInputElement>('input[type="range"]')!;
    const headline = () => canvasElement.querySelector('va-alert [slot="headline"]');
    const visible = () => (headline() ? [...headline()!.childNodes].filter((n) => !(n instanceof Element)).map((n) => n.textContent).join('') : null);

    await waitFor(() => expect(visible()).toBe("You can't sign in with Login.gov during maintenance"), STORY_WAIT);
    for (const [minute, expected] of PHASES) {
      await step(`${formatEasternTime(DAY_START + minute * MINUTE)}: ${expected ?? 'no banner'}`, async () => {
        scrubTo(slider, minute);
        await waitFor(() => expect(visible()).toBe(expected), STORY_WAIT);
        // Nothing at all when every provider is fine: no empty wrapper left behind.
        if (expected === null) expect(canvasElement.querySelectorAll('[data-state]').length, 'elements with data-state').toBe(0);
      });
    }
  },
};
