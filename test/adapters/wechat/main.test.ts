import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/paths.ts';

describe('npm run wechat', () => {
  it('refuses to start with a LOG_SALT shorter than 16 characters, exit code 2, without printing it', async () => {
    // In a folder of its own, so no .env of the checkout is read.
    const cwd = mkdtempSync(path.join(tmpdir(), 'wechat-main-'));
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    try {
      const run = await new Promise<{ code: number | null; out: string }>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', tsx, path.join(ROOT, 'adapters', 'wechat', 'main.ts')], {
          cwd,
          env: { PATH: process.env.PATH, HOME: cwd, LOG_SALT: 'short-salt', QA_LOG: 'off' },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let out = '';
        child.stdout.on('data', (d: Buffer) => (out += d));
        child.stderr.on('data', (d: Buffer) => (out += d));
        child.on('error', reject);
        child.on('exit', (code) => resolve({ code, out }));
      });
      expect(run.code).toBe(2);
      expect(run.out).toMatch(/^wechat: LOG_SALT must be at least 16 characters; /mu);
      expect(run.out).not.toContain('short-salt');
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  }, 120_000);
});
