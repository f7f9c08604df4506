import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../packages/ui/src/**/*.stories.tsx'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    // Stories read the workspace packages' sources, like the editor in development.
    resolve: { ...viteConfig.resolve, conditions: ['veranderlogica-source', 'module', 'browser', 'development|production'] },
  }),
};

export default config;
