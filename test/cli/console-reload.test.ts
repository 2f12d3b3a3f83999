import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/files.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('console chat and a knowledge edit', () => {
  it('answers from the edited release without a restart, and keeps serving through a broken edit', async () => {
    const knowledge = await mkdtemp(path.join(tmpdir(), 'console-reload-'));
    await cp(DEFAULT_KNOWLEDGE_DIR, knowledge, { recursive: true });
    const file = path.join(knowledge, 'releases', '2023-12-29-suzhou-shuangchuanghui.yaml');
    const original = await readFile(file, 'utf8');

    const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/console/main.ts', '--knowledge', knowledge], {
      cwd: ROOT,
      env: { ...process.env, QA_LOG: 'off', PRESS_QA_CACHE: 'off' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const waitFor = async (what: () => boolean, label: string) => {
      for (let waited = 0; !what(); waited += 50) {
        if (waited > 40_000) throw new Error(`timed out waiting for ${label}\nstdout: ${stdout}\nstderr: ${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const ask = async (question: string, expected: string) => {
      child.stdin.write(`${question}\n`);
      await waitFor(() => stdout.includes(expected), expected);
    };

    await ask('发布地点在哪', '发布地点：宿州市新闻发布厅');
    await writeFile(file, original.replaceAll('宿州市新聞發布廳', '宿州市會議中心'));
    // Ask again until the watcher's reload has swapped the new index in.
    for (let tries = 0; !stdout.includes('发布地点：宿州市会议中心'); tries++) {
      // Generous: a rebuild without the cache takes ~1 s here, but several times that on a loaded machine.
      if (tries > 120) throw new Error(`no reload seen:\n${stdout}\n${stderr}`);
      child.stdin.write('发布地点在哪\n');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }

    // Replaced by rename, as editors and mv do: the watch must follow the new file, and again the next time.
    for (const [traditional, simplified] of [['宿州市圖書館', '宿州市图书馆'], ['宿州市會議中心', '宿州市会议中心']] as const) {
      const staged = `${knowledge}-staged.yaml`;
      await writeFile(staged, original.replaceAll('宿州市新聞發布廳', traditional));
      await rename(staged, file);
      const since = stdout.length;
      for (let tries = 0; !stdout.slice(since).includes(`发布地点：${simplified}`); tries++) {
        if (tries > 120) throw new Error(`the release replaced by rename was not served:\n${stdout}\n${stderr}`);
        child.stdin.write('发布地点在哪\n');
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }

    await writeFile(file, original.replace('date: 2023-12-29', 'date: 2023-13-45').replaceAll('宿州市新聞發布廳', '宿州市體育館'));
    await waitFor(() => stderr.includes('date: not a real calendar date'), 'the reload error');
    const before = stdout.length;
    await ask('发布地点在哪', '发布地点：');
    await waitFor(() => stdout.slice(before).includes('发布地点：宿州市会议中心'), 'the previous knowledge');
    expect(stderr).toContain(file);
    expect(stdout).not.toContain('体育馆');

    child.stdin.end();
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
  }, 180_000);
});
