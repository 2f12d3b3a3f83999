import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCommand, runTs } from '../helpers/spawn.ts';


/** Runs a TypeScript entry point from source. */
const run = runTs;

/** Runs an npm script exactly as the README tells a user to. */
const npm = (args: string[], stdin = '') => runCommand('npm', args, stdin);

describe.concurrent('the README commands', () => {
  it('npm run --silent ask -- --json prints exactly one JSON object', async () => {
    const { code, stdout } = await npm(['run', '--silent', 'ask', '--', '--json', '累计签约金额是多少？']);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(stdout)).toMatchObject({ question: '累计签约金额是多少？', answered: true, kind: 'fact' });
  });

  it('npm run eval scores the public questions, from the shared folder or the repository\'s copy of it', async () => {
    // (In a clone with no ../shared beside it, as CI's is, the copy under test/fixtures/shared is read.)
    const { code, stdout } = await npm(['run', '--silent', 'eval']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/answerable 29\/29, refused 7\/7/u);
  });

  it('npm start answers questions piped to it and exits at the end of input', async () => {
    const { code, stdout } = await npm(['start', '--silent'], '发布地点在哪\n');
    expect(code).toBe(0);
    expect(stdout).toContain('发布地点：宿州市新闻发布厅');
  });
});

describe.concurrent('ask', () => {
  it('prints one JSON object per stdin line, in order, with the documented keys', async () => {
    const { code, stdout } = await run('src/cli/ask.ts', ['--json'], '累计签约金额是多少？\n發布會是什麼時候？\n宿州今天下雨吗\n');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.question)).toEqual(['累计签约金额是多少？', '發布會是什麼時候？', '宿州今天下雨吗']);
    for (const l of lines) for (const key of ['question', 'answered', 'kind', 'answer', 'citation', 'suggestions', 'score']) expect(l).toHaveProperty(key);
    expect(lines[0]).toMatchObject({ answered: true, kind: 'fact' });
    expect(lines[0]!.answer).toContain('535.35');
    expect(lines[1]!.answer).toContain('發布時間：2023年12月29日');
    expect(lines[2]).toMatchObject({ answered: false, kind: 'none', citation: null });
    expect((lines[2]!.suggestions as string[]).length).toBe(3);
  });

  it('prints a readable answer for a question given as an argument', async () => {
    const { code, stdout } = await run('src/cli/ask.ts', ['签约项目有几个']);
    expect(code).toBe(0);
    expect(stdout).toContain('现场签约项目：35个');
    expect(stdout).toMatch(/^——《安徽“双创汇”走进宿州活动新闻发布会》（2023年12月29日，宿州市政府新闻办）/mu);
  });

  it('stops with the file, field and problem when a knowledge file is broken', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kb-broken-'));
    await mkdir(path.join(dir, 'releases'));
    await writeFile(path.join(dir, 'releases', 'bad.yaml'), 'id: bad\ntitle: 只有标题\n');
    const { code, stdout, stderr } = await run('src/cli/ask.ts', ['--knowledge', dir, '问题']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${path.join(dir, 'releases', 'bad.yaml')}:1: date:`);
    expect(stderr).not.toMatch(/at .*\.ts:\d+/u); // a message, not a stack trace
  });
});

describe.concurrent('console chat (npm start) with a pipe', () => {
  it('answers one question per line, runs commands, picks suggestions by number and exits at EOF', async () => {
    const { code, stdout } = await run('adapters/console/main.ts', [], '宿州学院有几个校区\n1\n/sources\n簽約項目有幾個？\n');
    expect(code).toBe(0);
    const blocks = stdout.trim().split('\n\n');
    expect(blocks).toHaveLength(4);
    expect(blocks[0]).toContain('没有提到“校区”');
    // "1" asks the first suggestion of the refusal.
    expect(blocks[1]).toMatch(/^.+\n「.+」\n——《/su);
    expect(blocks[2]).toContain('1. 《安徽“双创汇”走进宿州活动新闻发布会》2023年12月29日，宿州市政府新闻办');
    expect(blocks[3]).toContain('現場簽約項目：35個');
  });

  it('records each question in the question log, as typed and as understood, and nothing for commands', async () => {
    const db = path.join(await mkdtemp(path.join(tmpdir(), 'console-log-')), 'questions.db');
    const { code, stdout } = await run('adapters/console/main.ts', [], '累计签约金额是多少？\n/sources\n宿州今天下雨吗\n谁作的报告？\n他是哪个单位的？\n', { QA_LOG: 'on', QA_LOG_DB: db });
    expect(code).toBe(0);
    expect(stdout.trim().split('\n\n').at(-1)).toMatch(/^（接上题：李克强/u);
    const reader = new Database(db, { readonly: true });
    const rows = reader.prepare('SELECT channel, chat_type, question, understood, outcome FROM questions ORDER BY id').all();
    reader.close();
    expect(rows).toEqual([
      { channel: 'console', chat_type: 'private', question: '累计签约金额是多少？', understood: null, outcome: 'answered' },
      { channel: 'console', chat_type: 'private', question: '宿州今天下雨吗', understood: null, outcome: 'refused' },
      { channel: 'console', chat_type: 'private', question: '谁作的报告？', understood: null, outcome: 'answered' },
      { channel: 'console', chat_type: 'private', question: '他是哪个单位的？', understood: expect.stringMatching(/^李克强/u), outcome: 'answered' },
    ]);
  });

  it('refuses to start with a LOG_SALT shorter than 16 characters, in one line that never shows it', async () => {
    const { code, stdout, stderr } = await run('adapters/console/main.ts', [], '累计签约金额是多少？\n', { LOG_SALT: 'short-salt' });
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toMatch(/^LOG_SALT must be at least 16 characters; make one with: node -e "[^\n]+"\n$/u);
    expect(stderr).not.toContain('short-salt');
  });

  it('stops at /quit', async () => {
    const { code, stdout } = await run('adapters/console/main.ts', [], '/quit\n累计签约金额是多少？\n');
    expect(code).toBe(0);
    expect(stdout).toBe('');
  });
});
