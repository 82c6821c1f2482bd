import '@department-of-veterans-affairs/component-library/dist/main.css';
import { defineCustomElements } from '@department-of-veterans-affairs/component-library';
import type { Preview } from '@storybook/react-vite';
import { SWRConfig } from 'swr';

// The host app registers VA's web components, never the library; Storybook plays the host app here.
defineCustomElements();

const preview: Preview = {
  decorators: [
    (Story) => (
      <SWRConfig value={{ provider: () => new Map(), shouldRetryOnError: false }}>
        <div style={{ maxWidth: '40rem', padding: '1rem', fontFamily: "'Source Sans Pro', Helvetica, Arial, sans-serif" }}>
          <Story />
        </div>
      </SWRConfig>
    ),
  ],
  parameters: {
    a11y: { test: 'error' },
    layout: 'fullscreen',
    options: {
      storySort: {
        order: [
          'Docs',
          ['Using the banner', 'States', 'Content', 'Props'],
          'DowntimeBanner',
          ['States', 'All states', 'Timeline'],
          'useMaintenanceWindows',
          'Content',
        ],
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
