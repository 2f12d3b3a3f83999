import path from 'node:path';

/** The repository's root folder. */
export const ROOT = path.resolve(import.meta.dirname, '../..');

/** The shared folder beside the repository, where the seed and the public eval are published. */
export const SHARED_BESIDE = path.resolve(ROOT, '../shared');

/**
 * The tests' copy of the shared seed transcript and public eval (test/fixtures/shared/), so a clone in any
 * folder tests the same; test/shared-copy.test.ts checks it against the shared folder when one is beside.
 */
export const SHARED = path.join(ROOT, 'test', 'fixtures', 'shared');

/** The raw seed transcript, as published. */
export const SEED_TRANSCRIPT = path.join(SHARED, 'seed', '000_4da47e4cf363369f.txt');

/** The public eval set. */
export const PUBLIC_EVAL = path.join(SHARED, 'eval', 'questions.json');
