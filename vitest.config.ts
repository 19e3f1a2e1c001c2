// Kept apart from vite.config.ts so the extension build plugin is never loaded in tests.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // A hang guard, not a speed check: npm test runs the unit tests beside a browser suite on two
    // cores, where a test of a few seconds alone can take several times as long.
    testTimeout: 60_000,
    // Test files share one module cache per worker instead of each importing the engine and its
    // knowledge afresh: import time falls from ~17 s to ~2 s of a ~55 s run. No test mocks modules
    // (vi.mock), and a stubbed global is restored after each test (vi.unstubAllGlobals), so nothing
    // one file sets reaches another.
    isolate: false,
  },
});
