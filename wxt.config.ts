import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { checkBundle } from './tools/check-bundle';
import { writeIndex } from './tools/write-index';

const EXTENSION_CSP = "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'none'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

export default defineConfig({
  // Explicit imports everywhere: the engine must not lean on WXT's auto-imports.
  imports: false,
  outDir: 'dist',
  vite: () => ({
    plugins: [preact()],
    // Chrome and Firefox preload modules themselves; the polyfill would be the bundle's only fetch().
    build: { modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    ...(browser === 'firefox' ? {
      // Firefox wants a stable id, and asks new extensions to declare what data they collect: none.
      browser_specific_settings: { gecko: { id: 'readout@readout.extension', data_collection_permissions: { required: ['none'] } } },
    } : {}),
    name: 'Readout',
    description: 'Official statements beside the news you read: people, topics and matching statements, all on your machine.',
    // Each one is explained in the README (Permissions).
    permissions: ['contextMenus'],
    action: { default_title: 'Readout' },
    // Stricter than the browsers' default: the extension's pages run only their own files and cannot
    // connect anywhere, not even to the extension's own origin (nothing in Readout needs to).
    content_security_policy: manifestVersion === 3 ? { extension_pages: EXTENSION_CSP } : EXTENSION_CSP,
    commands: {
      'next-mention': { suggested_key: { default: 'Alt+Shift+Period' }, description: 'Go to the next highlighted person or topic' },
      'previous-mention': { suggested_key: { default: 'Alt+Shift+Comma' }, description: 'Go to the previous highlighted person or topic' },
      'toggle-readout': { suggested_key: { default: 'Alt+Shift+R' }, description: 'Turn Readout on or off' },
    },
  }),
  // The sources package Firefox's reviewers rebuild from: what the build needs, not what runs leave behind.
  zip: { excludeSources: ['artifacts/**', 'generated/**', '.cache/**'] },
  hooks: {
    // The extension's pages (popup, side panel, reader, options) share one chunk of UI code: a popup that
    // loads two modules instead of six starts sooner. Only their build: the content script is one file anyway.
    // Scripts only: each page keeps only the style sheets it imports.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.inputPath.endsWith('.html'))) return;
      config.build ??= {};
      config.build.rolldownOptions ??= {};
      const output = (config.build.rolldownOptions.output ??= {});
      if (!Array.isArray(output)) output.codeSplitting = { groups: [{ name: 'ui', test: /[\\/](components|lib|engine|node_modules)[\\/].*\.(tsx?|m?js)$/ }] };
    },
    // Every build validates the corpus and compiles its index first: a bad corpus stops the build.
    'build:before': () => { console.log(writeIndex()); },
    // Private by construction: a production bundle that could reach the network is not a build.
    // (The dev server's live reload talks to localhost, so development builds are exempt.)
    'build:done': (wxt) => { if (wxt.config.mode === 'production') console.log(checkBundle(wxt.config.outDir)); },
  },
});
