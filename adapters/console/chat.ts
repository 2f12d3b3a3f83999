import { detectScript, renderPlainText, toScript, type Answer, type Engine, type ReloadResult, type Script } from '../../src/index.ts';

/** What the console does with one line: print text, or quit. */
export type ConsoleReply = { kind: 'print'; text: string; answer?: Answer; latencyMs?: number } | { kind: 'quit' };

const HELP = [
  '直接输入问题，例如“累计签约金额是多少？”，简体或繁体都可以。',
  '输入建议问题前的数字（1、2、3）即可提问该问题。',
  '命令：/help 帮助　/sources 已收录的发布会　/reload 重新加载知识库　/quit 退出',
].join('\n');

/** How long offered suggestions can be picked by number, as the reply says (回复数字…5 分钟内有效), as in WeChat. */
const SUGGESTION_TTL_MS = 5 * 60_000;

/** Options for {@link ConsoleChat}. */
export interface ConsoleChatOptions {
  /** What /reload runs: the knowledge watcher's `reload`, which also watches the folders afresh. Default `engine.reload()`. */
  reloadKnowledge?: () => Promise<ReloadResult>;
  /** The clock, in milliseconds, for the suggestions' expiry. Default `Date.now`. */
  now?: () => number;
}

/**
 * The console chat's behaviour, apart from the terminal: answers questions, runs commands, and remembers the
 * last suggestions for five minutes so that typing `2` asks the second one.
 */
export class ConsoleChat {
  private lastSuggestions: string[] = [];
  private offeredAt = 0;
  private readonly reloadKnowledge: () => Promise<ReloadResult>;
  private readonly now: () => number;

  constructor(
    private readonly engine: Engine,
    options: ConsoleChatOptions = {},
  ) {
    this.reloadKnowledge = options.reloadKnowledge ?? (() => engine.reload());
    this.now = options.now ?? Date.now;
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
    const answer = this.engine.answer(picked ?? input);
    return { kind: 'print', text: this.render(answer), answer, latencyMs: performance.now() - started };
  }

  private async runCommand(command: string, script: Script): Promise<ConsoleReply> {
    switch (command) {
      case 'quit':
      case 'exit':
      case 'q':
        return { kind: 'quit' };
      case 'help':
      case 'start':
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
