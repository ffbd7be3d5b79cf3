import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Build tests run real builds; two at a time suits a two-core machine.
    maxConcurrency: 2,
    // Dates and numbers in tests must not depend on the machine.
    env: { TZ: 'UTC' },
  },
});
