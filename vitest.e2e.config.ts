// End-to-end tests: the built extension in Debian's Chromium (dist/chrome) and Firefox ESR
// (dist/firefox-e2e, which firefox.test.ts builds), against the local error gallery on 127.0.0.1.
// One file at a time within a run: each starts its own browser. `npm test` (scripts/test-all.mjs)
// runs the Chromium files and firefox.test.ts as two runs, which may overlap.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
