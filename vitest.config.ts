import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  // WxtVitest adds fakeBrowser and WXT's aliases; it neither picks a DOM nor adds the
  // wxt.config Vite plugins, so Preact is added here and DOM tests opt in per file.
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/unit/setup/english-messages.ts'],
  },
});
