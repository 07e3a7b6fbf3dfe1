import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * `npm run test:e2e`: the built extension (dist/chrome) in Debian's Chromium. One browser per file and
 * files one after another — two cores, ~450 MB per browser.
 */
export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
