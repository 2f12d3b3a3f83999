import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUESTION_LOG_PATH, questionLogConfig } from '../../src/log/index.ts';
import { ROOT } from '../helpers/paths.ts';

const CHECKOUT_LOG = path.join(ROOT, 'data', 'questions.db');
const PRINT_LOG_PATH = path.join(import.meta.dirname, 'fixtures', 'print-log-path.ts');
// `--import tsx` resolves from the working directory, which here is outside the checkout.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Runs a script with node from another working directory and returns what it printed. */
function printedFrom(cwd: string, args: string[]): string {
  const run = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { PATH: process.env.PATH } });
  expect(run.stderr).toBe('');
  return run.stdout;
}

describe('question log settings', () => {
  it("records to the checkout's data/questions.db by default", () => {
    expect(questionLogConfig({})).toEqual({ enabled: true, path: DEFAULT_QUESTION_LOG_PATH, problems: [] });
    expect(DEFAULT_QUESTION_LOG_PATH).toBe(CHECKOUT_LOG);
  });

  it("finds the checkout's data/questions.db from source and from a bundle, started in another folder", async () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'qa-cwd-'));
    // Bundled as scripts/build.mjs bundles npm start, into a folder as deep in the checkout as dist/.
    const bundle = path.join(ROOT, '.cache', `print-log-path-${process.pid}.mjs`);
    try {
      await build({ entryPoints: [PRINT_LOG_PATH], outfile: bundle, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'error' });
      expect(printedFrom(elsewhere, [bundle])).toBe(CHECKOUT_LOG);
      expect(printedFrom(elsewhere, ['--import', TSX, PRINT_LOG_PATH])).toBe(CHECKOUT_LOG);
    } finally {
      rmSync(bundle, { force: true });
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('reads QA_LOG_DB against the working directory and LOG_SALT as given', () => {
    expect(questionLogConfig({ QA_LOG_DB: 'logs/q.db', LOG_SALT: 'pepper' })).toMatchObject({ path: path.resolve('logs/q.db'), salt: 'pepper' });
  });

  it('treats empty values as not set', () => {
    expect(questionLogConfig({ QA_LOG: '', QA_LOG_DB: ' ', LOG_SALT: '' })).toEqual({ enabled: true, path: DEFAULT_QUESTION_LOG_PATH, problems: [] });
  });

  it('turns recording off for QA_LOG=off, and for a value it does not understand, saying why', () => {
    expect(questionLogConfig({ QA_LOG: 'OFF' })).toMatchObject({ enabled: false, problems: [] });
    expect(questionLogConfig({ QA_LOG: 'on' })).toMatchObject({ enabled: true, problems: [] });
    expect(questionLogConfig({ QA_LOG: 'of' })).toMatchObject({ enabled: false, problems: ['QA_LOG="of" is neither on nor off; recording is off'] });
  });
});
