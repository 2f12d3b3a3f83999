import { createEngine, type Engine } from '../../src/index.ts';

let shared: Promise<Engine> | undefined;

/** One engine on the bundled knowledge per test file (per worker process): nodejieba loads once. */
export function bundledEngine(): Promise<Engine> {
  shared ??= createEngine();
  return shared;
}
