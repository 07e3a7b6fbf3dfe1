import { defineConfig } from 'vitest/config';

// Unit tests run in Node; test files that need a DOM say so with `// @vitest-environment jsdom`
// or build their own JSDOM (core takes the Document as an argument, so most do the latter).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20000,
  },
});
