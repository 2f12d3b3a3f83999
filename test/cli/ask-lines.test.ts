import { spawn } from 'node:child_process';
import { openSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAskLine } from '../../src/cli/ask-request.ts';
import { jsonLine, MAX_LINE_BYTES, readLines, type InputLine } from '../../src/cli/line-io.ts';
import { ROOT } from '../helpers/paths.ts';
import { runTs } from '../helpers/spawn.ts';
import { tempDir } from '../log/helpers.ts';

const ASK = path.join(ROOT, 'src', 'cli', 'ask.ts');

/** Every line read from the given chunks, as one stream delivers them. */
async function linesOf(chunks: (string | Buffer)[], maxBytes?: number): Promise<InputLine[]> {
  const read: InputLine[] = [];
  for await (const line of readLines((async function* () { yield* chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c)); })(), maxBytes)) read.push(line);
  return read;
}

let temp: ReturnType<typeof tempDir>;
beforeAll(() => {
  temp = tempDir('qa-ask-');
});
afterAll(() => temp.cleanup());

describe('reading questions one per line', () => {
  it('ends a line at \\r\\n, \\n or a lone \\r, once each, however the chunks fall', async () => {
    const texts = async (chunks: string[]) => (await linesOf(chunks)).map((l) => l.text);
    expect(await texts(['一\r\n二\n三\r四'])).toEqual(['一', '二', '三', '四']);
    // \r\n split across two chunks is one line ending, not a line and an empty one.
    expect(await texts(['一\r', '\n二\r', '', '\n三'])).toEqual(['一', '二', '三']);
    expect(await texts(['一\r\r二\n\n'])).toEqual(['一', '', '二', '']);
    expect(await texts(['\uFEFF签约金额多少\n'])).toEqual(['签约金额多少']);
  });

  it('keeps only the start of an over-long line, says how long it was, and reads on', async () => {
    const long = Buffer.alloc(200_000, '签'); // not whole characters: the limit cuts one
    const lines = await linesOf([long.subarray(0, 70_000), long.subarray(70_000), '\n签约金额多少\n'], MAX_LINE_BYTES);
    expect(lines.map((l) => ({ bytes: l.bytes, overLong: l.overLong }))).toEqual([{ bytes: 200_000, overLong: true }, { bytes: 18, overLong: false }]);
    expect(Buffer.byteLength(lines[0]!.text)).toBeLessThanOrEqual(MAX_LINE_BYTES);
    expect(lines[0]!.text).not.toContain('\uFFFD');
    expect(lines[1]!.text).toBe('签约金额多少');
  });

  it('writes U+2028 and U+2029 escaped, so each JSON object stays on one line for any line reader', () => {
    const line = jsonLine({ question: '签约\u2028金额\u2029多少' });
    expect(line).toBe('{"question":"签约\\u2028金额\\u2029多少"}\n');
    expect(JSON.parse(line)).toEqual({ question: '签约\u2028金额\u2029多少' });
  });
});

describe('reading a line as a question of a conversation', () => {
  it('reads a JSON object as a question of a conversation, and a plain line as a question on its own', () => {
    expect(readAskLine('{"conversation": "c1", "question": "第二阶段呢？"}')).toEqual({ conversation: 'c1', question: '第二阶段呢？' });
    expect(readAskLine(' {"question": "签约金额多少"} ')).toEqual({ question: '签约金额多少' });
    expect(readAskLine('签约金额多少 {"a": 1}')).toEqual({ question: '签约金额多少 {"a": 1}' });
  });

  it('says what is wrong with a line that starts like an object and is not a question', () => {
    expect(readAskLine('{"conversation": "c1", "q": "x"}')).toEqual({ invalid: expect.stringContaining('unknown key "q"') });
    expect(readAskLine('{"conversation": 7, "question": "x"}')).toEqual({ invalid: '"conversation" must be a non-empty string' });
    expect(readAskLine('{"question": ["x"]}')).toEqual({ invalid: '"question" must be a string' });
    expect(readAskLine('{oops')).toEqual({ invalid: expect.stringMatching(/^not JSON/u) });
    expect(readAskLine('[1]')).toEqual({ question: '[1]' });
  });
});

describe('ask --json on standard input', () => {
  it('answers the lines of each conversation as one, in order, and says how a follow-up was understood', async () => {
    const lines = [
      { conversation: 'alice', question: '谁作的报告？' },
      { conversation: 'bob', question: '走访了几家企业' },
      { conversation: 'alice', question: '他是哪个单位的？' },
      { conversation: 'bob', question: '详细说说' },
    ].map((l) => JSON.stringify(l));
    const { code, stdout } = await runTs(ASK, ['--json'], `${lines.join('\n')}\n他是哪个单位的？\n{"conversation": "alice"}\n`);
    expect(code).toBe(0);
    const out = stdout.trim().split('\n').map((l) => JSON.parse(l) as { conversation: string | null; question: string; understood: string | null; answered: boolean; answer: string; band: string });
    expect(out.map((o) => [o.conversation, o.question])).toEqual([
      ['alice', '谁作的报告？'],
      ['bob', '走访了几家企业'],
      ['alice', '他是哪个单位的？'],
      ['bob', '详细说说'],
      [null, '他是哪个单位的？'],
      [null, '{"conversation": "alice"}'],
    ]);
    expect(out[0]!.understood).toBeNull();
    expect(out[2]!.understood).toMatch(/^李克强/u);
    expect(out[2]!.answer).toMatch(/^（接上题：李克强/u);
    expect(out[3]!.answer).toContain('第一阶段进行技术需求征集');
    // A plain line is asked on its own: no conversation, no context.
    expect(out[4]).toMatchObject({ understood: null, answered: false });
    expect(out[5]).toMatchObject({ band: 'usage', answered: false });
    expect(out[5]!.answer).toContain('"question" must be a string');
  });

  it('prints one JSON object per line, whatever the line endings, each on one line', async () => {
    const { code, stdout } = await runTs(ASK, ['--json'], '累计签约金额是多少？\r\n簽約項目有幾個\r宿州今天下雨吗\n签约\u2028金额多少');
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/[\u2028\u2029]/u);
    const objects = stdout.split(/\r\n|\n|\r|\u2028|\u2029/u).filter((l) => l !== '').map((l) => JSON.parse(l) as { question: string; band: string });
    expect(objects.map((o) => o.question)).toEqual(['累计签约金额是多少？', '簽約項目有幾個', '宿州今天下雨吗', '签约\u2028金额多少']);
  });

  it('answers a line of over 512 MiB as an over-long question and goes on to the next', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', ASK, '--json'], { cwd: ROOT, env: { ...process.env, QA_LOG: 'off', KNOWLEDGE_DIR: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const mib = Buffer.alloc(1024 * 1024, 'a');
    for (let i = 0; i < 513; i++) if (!child.stdin.write(mib)) await new Promise((resolve) => child.stdin.once('drain', resolve));
    child.stdin.end('\n签约金额多少\n');
    expect(await exited, stderr).toBe(0);
    const [overLong, next, ...rest] = stdout.trim().split('\n').map((l) => JSON.parse(l) as { question: string; band: string; answer: string; answered: boolean });
    expect(rest).toEqual([]);
    expect(overLong).toMatchObject({ band: 'usage', answered: false, question: `${'a'.repeat(200)}…` });
    expect(overLong!.answer).toBe(`这一行有 ${513 * 1024 * 1024} 字节，超过了 65536 字节的上限，不像一个问题。请缩短后再问。`);
    expect(next).toMatchObject({ question: '签约金额多少', answered: true });
  }, 120_000);

  it('stops reading its input while nobody reads its output, then answers every line in order', async () => {
    const questions = ['累计签约金额是多少？', '發布會是什麼時候？', '宿州今天下雨吗', '下一步有什么谋划', '签约项目有几个'];
    const input = path.join(temp.dir, 'questions.txt');
    // Lines of ~1 KB (trailing spaces the engine trims), so a few hundred answers make a large input.
    const count = 800;
    writeFileSync(input, Array.from({ length: count }, (_, i) => `${questions[i % questions.length]}${' '.repeat(1000)}\n`).join(''));
    const size = readFileSync(input).length;
    // A file on stdin, so /proc shows how far the child has read it.
    const child = spawn(process.execPath, ['--import', 'tsx', ASK, '--json'], { cwd: ROOT, env: { ...process.env, QA_LOG: 'off', KNOWLEDGE_DIR: '' }, stdio: [openSync(input, 'r'), 'pipe', 'inherit'] });
    const stdout = child.stdout!;
    const proc = (file: string, field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`, 'u').exec(readFileSync(`/proc/${child.pid}/${file}`, 'utf8'))?.[1]);
    stdout.pause();
    // Wait until the child has started answering and then made no progress for a second: its output pipe is full.
    let read = 0;
    for (let still = 0, polls = 0; still < 4 && polls < 600; polls++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      const now = proc('fdinfo/0', 'pos');
      still = now > 0 && now === read ? still + 1 : 0;
      read = now;
    }
    const rssMB = proc('status', 'VmRSS') / 1024;
    console.log(`ask --json with nobody reading: read ${read} of ${size} input bytes, RSS ${rssMB.toFixed(0)} MB`);
    // A few 64 KiB chunks of the 800 KB input: what the input stream holds while the answers wait for a reader.
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThanOrEqual(size / 2);

    let lines = 0;
    let buffered = '';
    const order: string[] = [];
    stdout.setEncoding('utf8').on('data', (d: string) => {
      buffered += d;
      const complete = buffered.split('\n');
      buffered = complete.pop()!;
      for (const line of complete) if (lines++ < questions.length) order.push((JSON.parse(line) as { question: string }).question.trim());
    });
    stdout.resume();
    expect(await new Promise((resolve) => child.on('close', resolve))).toBe(0);
    expect(lines).toBe(count);
    expect(order).toEqual(questions);
  }, 180_000);
});

describe('ask --explain', () => {
  it('prints the answer, then the frame, the terms and the ranked passages with what each lacks', async () => {
    const { code, stdout } = await runTs(ASK, ['--explain', '签约金额多少？']);
    expect(code).toBe(0);
    expect(stdout).toContain('535.35万元');
    expect(stdout).toMatch(/^frame: asks=figure measure=money/mu);
    expect(stdout).toMatch(/^terms .*签约金额/mu);
    expect(stdout).toMatch(/^ {2}\* +\d+ figure +coverage 1\.00 .*fits: 累計簽約金額：535\.35萬元/mu);
  });
});
