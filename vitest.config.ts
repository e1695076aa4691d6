import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The build tests run the real `npm run build`, which takes seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
