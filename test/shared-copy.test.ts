import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PUBLIC_EVAL, SEED_TRANSCRIPT, SHARED, SHARED_BESIDE } from './helpers/paths.ts';

describe("the tests' copy of the shared folder", () => {
  it.skipIf(!existsSync(SHARED_BESIDE))('is byte for byte the shared folder beside the repository', () => {
    for (const file of [SEED_TRANSCRIPT, PUBLIC_EVAL]) {
      const published = path.join(SHARED_BESIDE, path.relative(SHARED, file));
      expect(readFileSync(file).equals(readFileSync(published)), `${path.relative(SHARED, file)} differs from ${published}; copy it again`).toBe(true);
    }
  });
});
