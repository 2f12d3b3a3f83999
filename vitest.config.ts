import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Each file loads nodejieba once (~2 s); files share it through test/helpers/engine.ts. The limits only
    // catch hangs: tests that start processes (npm start, ask, kb, the bots) load nodejieba in each one and, on a
    // fresh clone, build the index cache too, several at once; on two cores shared with other work that has
    // taken over 30 s. Nothing asserts on time.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // vitest leaves one core free by default; on a 2-core machine that halves the speed for nothing.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
