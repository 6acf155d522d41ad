// Playwright: end-to-end tests of the built extension in Debian's Chromium.
import { defineConfig } from '@playwright/test';

// Lets the privacy test see the service worker's own requests too.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 45_000,
  expect: { timeout: 8_000 },
  fullyParallel: false,
  // Two cores on the CI machine and here: two browsers at a time.
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'off' },
});
