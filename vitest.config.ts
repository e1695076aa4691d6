import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Several tests run real builds, which take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    projects: [
      // Tests that need no build: pure functions, and commands run on small copies of the project.
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/site/**', 'test/build/**'] } },
      // Tests that run `npm run build` (or `astro build`) themselves, each in a copy of the project.
      { extends: true, test: { name: 'build', include: ['test/build/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          // Tests that read the built site in dist/. The build runs once, and only when one of them is selected.
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          globalSetup: ['test/site/build-site.ts'],
        },
      },
    ],
  },
});
