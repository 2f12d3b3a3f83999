import path from 'node:path';

/** The repository's root folder. */
export const ROOT = path.resolve(import.meta.dirname, '../..');

/** The shared folder beside the repository (CI lays a copy there too). */
export const SHARED = path.resolve(ROOT, '../shared');

/** The raw seed transcript, as published. */
export const SEED_TRANSCRIPT = path.join(SHARED, 'seed', '000_4da47e4cf363369f.txt');

/** The public eval set. */
export const PUBLIC_EVAL = path.join(SHARED, 'eval', 'questions.json');
