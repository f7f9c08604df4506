import type { Preview } from '@storybook/react-vite';
import '@xyflow/react/dist/style.css';
import '../packages/ui/src/styles.css';
import { LanguageProvider } from '../packages/ui/src/i18n/translate.js';

const preview: Preview = {
  globalTypes: {
    language: {
      description: 'Interface language',
      toolbar: { title: 'Taal / language', items: ['nl', 'en'], dynamicTitle: true },
    },
  },
  initialGlobals: { language: 'nl' },
  decorators: [
    (Story, context) => (
      <LanguageProvider language={context.globals.language === 'en' ? 'en' : 'nl'}>
        <Story />
      </LanguageProvider>
    ),
  ],
};

export default preview;
