import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See README "Browsers" for why Firefox gets MV2 while Chrome gets MV3.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports keep every module reachable from plain Vitest and Node.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Sourcelight',
    description: 'Highlights news claims that rest on unnamed sources, and keeps your notes on them.',
    permissions: ['storage'],
  },
});
