import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_QUESTION_LOG_PATH, questionLogConfig } from '../../src/config/index.ts';
import { ROOT } from '../helpers/paths.ts';

const CHECKOUT_LOG = path.join(ROOT, 'data', 'questions.db');
const PRINT_LOG_PATH = path.join(import.meta.dirname, '..', 'log', 'fixtures', 'print-log-path.ts');
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
    expect(questionLogConfig({ QA_LOG_DB: 'logs/q.db', LOG_SALT: 'pepper-and-salt-16' })).toMatchObject({ path: path.resolve('logs/q.db'), salt: 'pepper-and-salt-16' });
  });

  it('treats empty values as not set', () => {
    expect(questionLogConfig({ QA_LOG: '', QA_LOG_DB: ' ', LOG_SALT: '' })).toEqual({ enabled: true, path: DEFAULT_QUESTION_LOG_PATH, problems: [] });
  });

  it('turns recording off for QA_LOG=off, and for a value it does not understand, saying why', () => {
    expect(questionLogConfig({ QA_LOG: 'OFF' })).toMatchObject({ enabled: false, problems: [] });
    expect(questionLogConfig({ QA_LOG: 'on' })).toMatchObject({ enabled: true, problems: [] });
    expect(questionLogConfig({ QA_LOG: 'of' })).toMatchObject({ enabled: false, problems: ['QA_LOG="of" is neither on nor off; recording is off'] });
  });

  it('refuses a LOG_SALT shorter than 16 characters, naming the variable and never the value', () => {
    for (const salt of ['pepper', '0123456789abcde', '十五个字的盐还不够长不能用来哈']) {
      const error = (() => {
        try {
          questionLogConfig({ LOG_SALT: salt });
        } catch (e) {
          return e;
        }
      })();
      expect(error, salt).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).variable).toBe('LOG_SALT');
      expect((error as Error).message).toMatch(/^LOG_SALT must be at least 16 characters; make one with: node -e /u);
      expect((error as Error).message).not.toContain(salt);
    }
    expect(questionLogConfig({ LOG_SALT: '0123456789abcdef' }).salt).toBe('0123456789abcdef');
    expect(questionLogConfig({ LOG_SALT: '十六个字的盐刚好够长可以用来哈希' }).salt).toBe('十六个字的盐刚好够长可以用来哈希');
  });
});
