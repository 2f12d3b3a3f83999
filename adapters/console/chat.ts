import { detectScript, toScript, type Answer, type Engine, type ReloadResult, type Script } from '../../src/index.ts';

/** What the console does with one line: print text, or quit. */
export type ConsoleReply = { kind: 'print'; text: string; answer?: Answer; latencyMs?: number } | { kind: 'quit' };

const HELP = [
  '直接输入问题，例如“累计签约金额是多少？”，简体或繁体都可以。',
  '输入建议问题前的数字（1、2、3）即可提问该问题。',
  '命令：/help 帮助　/sources 已收录的发布会　/reload 重新加载知识库　/quit 退出',
].join('\n');

/**
 * The console chat's behaviour, apart from the terminal: answers questions, runs commands, and remembers the
 * last suggestions so that typing `2` asks the second one.
 */
export class ConsoleChat {
  private lastSuggestions: string[] = [];

  /** `reloadKnowledge` is what /reload runs: the knowledge watcher's `reload`, which also watches the folders afresh. */
  constructor(
    private readonly engine: Engine,
    private readonly reloadKnowledge: () => Promise<ReloadResult> = () => engine.reload(),
  ) {}

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
    const picked = /^[1-9]$/u.test(input) ? this.lastSuggestions[Number(input) - 1] : undefined;
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

  private render(answer: Answer): string {
    this.lastSuggestions = answer.suggestions.map((s) => s.text);
    return answer.text;
  }
}
