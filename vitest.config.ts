import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Each file loads nodejieba once (~2 s); files share it through test/helpers/engine.ts.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // vitest leaves one core free by default; on a 2-core machine that halves the speed for nothing.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
