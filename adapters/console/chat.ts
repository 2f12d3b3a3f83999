import { randomUUID } from 'node:crypto';
import { detectScript, renderPlainText, toScript, type Answer, type Engine, type ReloadResult, type Script } from '../../src/index.ts';

/** What the console does with one line: print text, or quit. */
export type ConsoleReply = { kind: 'print'; text: string; answer?: Answer; latencyMs?: number } | { kind: 'quit' };

const HELP = [
  '直接输入问题，例如“累计签约金额是多少？”，简体或繁体都可以；也可以接着上一个问题问，例如“那签约项目呢？”。',
  '输入建议问题前的数字（1、2、3）即可提问该问题。',
  '命令：/help 帮助　/start 重新开始（不再接上题）　/sources 已收录的发布会　/reload 重新加载知识库　/quit 退出',
].join('\n');

/** How long offered suggestions can be picked by number, as the reply says (回复数字…5 分钟内有效), as in WeChat. */
const SUGGESTION_TTL_MS = 5 * 60_000;

/** Options for {@link ConsoleChat}. */
export interface ConsoleChatOptions {
  /** What /reload runs: the knowledge watcher's `reload`, which also watches the folders afresh. Default `engine.reload()`. */
  reloadKnowledge?: () => Promise<ReloadResult>;
  /** The clock, in milliseconds, for the suggestions' expiry. Default `Date.now`. */
  now?: () => number;
  /** This session's name in the engine's conversation memory. Default `console:` and a random id: one per chat. */
  conversation?: string;
}

/**
 * The console chat's behaviour, apart from the terminal: answers questions as one conversation (a follow-up is
 * read with the session's last turns), runs commands, and remembers the last suggestions for five minutes so
 * that typing `2` asks the second one.
 */
export class ConsoleChat {
  private lastSuggestions: string[] = [];
  private offeredAt = 0;
  private readonly reloadKnowledge: () => Promise<ReloadResult>;
  private readonly now: () => number;
  /** The key of this session's follow-up context in the engine (`console:<session>`). */
  readonly conversation: string;

  constructor(
    private readonly engine: Engine,
    options: ConsoleChatOptions = {},
  ) {
    this.reloadKnowledge = options.reloadKnowledge ?? (() => engine.reload());
    this.now = options.now ?? Date.now;
    this.conversation = options.conversation ?? `console:${randomUUID()}`;
  }

  /** The greeting shown when the chat starts. */
  greeting(): string {
    return this.render(this.engine.usage('simplified'));
  }

  /** Handles one input line. */
  async handleLine(line: string): Promise<ConsoleReply> {
    const input = line.trim();
    const script: Script = detectScript(input);
    const command = /^\/(\w+)/u.exec(input)?.[1]?.toLowerCase();
    if (command !== undefined) return this.runCommand(command, script);
    const fresh = this.now() - this.offeredAt < SUGGESTION_TTL_MS;
    const picked = /^[1-9]$/u.test(input) && fresh ? this.lastSuggestions[Number(input) - 1] : undefined;
    const started = performance.now();
    // A follow-up (第二阶段呢, 她是什么职务) is read with this session's last turns; a picked suggestion is a whole question.
    const answer = this.engine.converse(this.conversation, picked ?? input);
    return { kind: 'print', text: this.render(answer), answer, latencyMs: performance.now() - started };
  }

  private async runCommand(command: string, script: Script): Promise<ConsoleReply> {
    switch (command) {
      case 'quit':
      case 'exit':
      case 'q':
        return { kind: 'quit' };
      case 'start':
        // A fresh start: what was asked before is no longer the context of the next question.
        this.engine.forget(this.conversation);
        this.lastSuggestions = [];
        return { kind: 'print', text: toScript(HELP, script) };
      case 'help':
        return { kind: 'print', text: toScript(HELP, script) };
      case 'sources':
        return {
          kind: 'print',
          text: this.engine
            .releases(script)
            .map((r, i) => `${i + 1}. 《${r.title}》${r.dateText}，${r.office}`)
            .join('\n'),
        };
      case 'reload': {
        const result = await this.reloadKnowledge();
        return {
          kind: 'print',
          text: result.ok ? `已重新加载：${result.releases} 场发布会（${result.ms} ms）。` : `知识库有错误，继续使用原有知识：\n${result.error.message}`,
        };
      }
      default:
        return { kind: 'print', text: `未知命令 /${command}。${HELP}` };
    }
  }

  /** The core's one layout as plain text, with the suggestions numbered for picking. */
  private render(answer: Answer): string {
    this.lastSuggestions = answer.suggestions.map((s) => s.text);
    this.offeredAt = this.now();
    return renderPlainText(answer, { picking: 'numbers' });
  }
}
