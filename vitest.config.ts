import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Dates and numbers in tests must not depend on the machine.
    env: { TZ: 'UTC' },
  },
});
