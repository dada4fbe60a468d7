import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** Must match tests/e2e/harness/browsers.ts, which pins the add-on's moz-extension:// host by this id. */
const GECKO_ID = 'sourcelight@sourcelight.dev';

// Both browsers get Manifest V3 (see README "Browsers"): one manifest model, one code path,
// and every Firefox that has the CSS Custom Highlight API (140+) runs MV3 well.
export default defineConfig({
  // A second checkout (a git worktree) can build beside this one without touching its output.
  outDir: process.env.SOURCELIGHT_OUT_DIR ?? '.output',
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Explicit imports keep every module reachable from plain Vitest and Node.
  imports: false,
  hooks: {
    // WXT 0.21 still runs its auto-import plugin when imports are off: a parameter named
    // `storage` pulled the whole storage library into the page scripts. Empty its lists.
    'config:resolved': (wxt) => {
      wxt.config.imports.presets = [];
      wxt.config.imports.imports = [];
    },
  },
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    // Every user-facing string comes from locales/en.yml (built into _locales/).
    default_locale: 'en',
    name: '__MSG_extension_name__',
    description: '__MSG_extension_description__',
    // contextMenus: "Save to Sourcelight" on a selection. scripting: the engine is injected only
    // into pages that need it (README, "Speed"); it reaches no page the content script does not.
    permissions: ['storage', 'contextMenus', 'scripting'],
    host_permissions: ['http://*/*', 'https://*/*'],
    // The one always-on script: small, no polyfill (entrypoints/loader.ts).
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['loader.js'], run_at: 'document_idle' }],
    // The toolbar button carries the per-tab flag count as its badge.
    action: { default_title: '__MSG_extension_actionTitle__' },
    commands: {
      'next-flag': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_extension_nextFlag__' },
      'previous-flag': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_extension_previousFlag__' },
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_extension_toggleHighlights__' },
      // The side panel beside the page, where notes are written (extension/side-panel.ts). Firefox
      // runs its own sidebar command; Chrome's background opens the panel on this one.
      [browser === 'firefox' ? '_execute_sidebar_action' : 'open-panel']: {
        suggested_key: { default: 'Alt+Shift+O' },
        description: '__MSG_extension_openPanel__',
      },
    },
    // The floor: Firefox 140 for the CSS Custom Highlight API; Chrome 116 for sidePanel.open(),
    // which opens the side panel on a note (the panel itself came in 114, the highlights in 105).
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              // Sourcelight sends nothing anywhere.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '116' }),
  }),
});
