import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest', 'msw-storybook-addon'],
  framework: { name: '@storybook/react-vite', options: {} },
  staticDirs: [
    '../public',
    // va-icon (the alert's close button, among others) loads its sprite from /img/sprite.svg, as VA.gov serves it.
    { from: '../node_modules/@department-of-veterans-affairs/component-library/dist/img', to: '/img' },
  ],
  core: { disableTelemetry: true },
};

export default config;
