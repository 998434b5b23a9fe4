import { defineConfig, type Entrypoint } from 'wxt';
import preact from '@preact/preset-vite';
import { checkBundle } from './tools/check-bundle';
import { writeIndex } from './tools/write-index';
import { corpusPackage } from './tools/corpus-package';

const EXTENSION_CSP = "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

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
    permissions: ['contextMenus', 'storage'],
    action: { default_title: 'Readout' },
    // Stricter than the browsers' default: the extension's pages run only their own files and connect
    // nowhere but to the extension's own origin (the worker reads its corpus files from there).
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
    // Each extension page (popup, side panel, reader, options) is built on its own, into one script and one
    // style sheet: the popup opens on one module, not a graph of shared chunks (measured: tools/bench/popup.ts).
    'entrypoints:grouped': (_wxt, groups) => {
      const pages = groups.findIndex((g) => Array.isArray(g) && g.some((e) => e.inputPath.endsWith('.html')));
      if (pages >= 0) groups.splice(pages, 1, ...(groups[pages] as Entrypoint[]).map((e) => [e]));
    },
    // Every build validates the corpus and compiles its index first: a bad corpus stops the build.
    'build:before': () => { console.log(writeIndex()); },
    // The corpus travels as data files the worker reads when first asked (tools/corpus-package.ts).
    'build:publicAssets': (_wxt, files) => { files.push(...corpusPackage()); },
    // Private by construction: a production bundle that could reach the network is not a build.
    // (The dev server's live reload talks to localhost, so development builds are exempt.)
    'build:done': (wxt) => { if (wxt.config.mode === 'production') console.log(checkBundle(wxt.config.outDir)); },
  },
});
