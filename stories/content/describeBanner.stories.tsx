import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { BANNER_STATES } from '../fixtures/bannerStates';
import { BannerCopyList, COPY_KEYS } from './BannerCopyList';

const meta = {
  title: 'Content/describeBanner',
  component: BannerCopyList,
  tags: ['!autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          "The words of every state, English and Spanish side by side, exactly as `describeBanner` returns them. The " +
          'same sheet is on the Docs/Content page.',
      },
    },
  },
} satisfies Meta<typeof BannerCopyList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const EveryState: Story = {
  name: 'Every state, English and Spanish',
  play: async ({ canvasElement }) => {
    for (const key of COPY_KEYS) {
      const section = canvasElement.querySelector(`[data-case="${key}"]`)!;
      const en = section.querySelector('[data-locale="en"]')!.textContent ?? '';
      const es = section.querySelector('[data-locale="es"]')!.textContent ?? '';
      for (const banner of BANNER_STATES[key].banners) expect(en, `${key} in English`).toContain(banner.headline);
      expect(es, `${key} in Spanish`).not.toBe('');
      // The Spanish column must not repeat the English headline.
      for (const banner of BANNER_STATES[key].banners) expect(es, `${key} in Spanish`).not.toContain(banner.headline);
    }
  },
};
