import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { writeIndex } from './tools/write-index';

export default defineConfig({
  // Explicit imports everywhere: the engine must not lean on WXT's auto-imports.
  imports: false,
  outDir: 'dist',
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    ...(browser === 'firefox' ? {
      // Firefox wants a stable id, and asks new extensions to declare what data they collect: none.
      browser_specific_settings: { gecko: { id: 'readout@readout.extension', data_collection_permissions: { required: ['none'] } } },
    } : {}),
    name: 'Readout',
    description: 'Official statements beside the news you read: people, topics and matching statements, all on your machine.',
    // Each one is explained in the README (Permissions).
    permissions: ['contextMenus'],
    action: { default_title: 'Readout' },
    commands: {
      'next-mention': { suggested_key: { default: 'Alt+Shift+Period' }, description: 'Go to the next highlighted person or topic' },
      'previous-mention': { suggested_key: { default: 'Alt+Shift+Comma' }, description: 'Go to the previous highlighted person or topic' },
      'toggle-readout': { suggested_key: { default: 'Alt+Shift+R' }, description: 'Turn Readout on or off' },
    },
  }),
  hooks: {
    // Every build validates the corpus and compiles its index first: a bad corpus stops the build.
    'build:before': () => { console.log(writeIndex()); },
  },
});
