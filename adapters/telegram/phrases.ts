import { detectScript, toScript, type Script } from '../../src/index.ts';

/**
 * The adapter's own words (greetings, help, notices), written once in Simplified and converted with OpenCC for
 * Traditional askers, so the two scripts can never drift apart. `{name}` placeholders are filled after
 * conversion, so user and knowledge text put into them is never converted. The words of an answer are not
 * here: they are the core's layout's (src/answer/layout.ts), the same in every channel.
 */
export const PHRASES = {
  greeting: '您好！我根据政府新闻发布会的官方原文回答问题，每个回答都引用原文并注明出处。目前收录的发布会：',
  tryThese: '试试这些问题（点按即可提问）：',
  help:
    '我能回答已收录的新闻发布会里说过的事：数字、日期、人物和职务、活动、官方答记者问。' +
    '我只引用官方原文；原文没有提到的，我会如实说明。\n\n' +
    '私聊：直接发送问题。\n' +
    '群聊：发送 /ask 问题，或回复我的消息，或 @{bot} 加问题。\n' +
    '可以接着上一个问题问，例如“那签约项目呢？”；/start 重新开始，不再接上题。\n\n' +
    '/sources 查看已收录的发布会。',
  sourcesHeader: '已收录的发布会：',
  noSources: '目前没有收录任何发布会。',
  rateLimited: '您提问太快了，请稍等一会儿再问。',
  tooLong: '问题太长了（{length}个字），请缩短到{max}个字以内再问。',
  apology: '抱歉，处理您的问题时出错了，请稍后再试。',
  suggestionExpired: '这个问题按钮已过期，请直接输入问题。',
  adminOnly: '这个命令只有管理员可以使用。',
  reloaded: '知识库已重新加载：{releases}场发布会，用时{ms}毫秒。',
  reloadFailed: '重新加载失败，仍在使用原来的知识库。原因：',
} as const;

/** A key of {@link PHRASES}. */
export type PhraseKey = keyof typeof PHRASES;

const converted = new Map<string, string>();

/** One of the adapter's phrases in the asker's script, with `{name}` placeholders filled in. */
export function phrase(key: PhraseKey, script: Script, values: Record<string, string | number> = {}): string {
  const cacheKey = `${script}:${key}`;
  let template = converted.get(cacheKey);
  if (template === undefined) {
    template = toScript(PHRASES[key], script);
    converted.set(cacheKey, template);
  }
  return template.replace(/\{(\w+)\}/gu, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * The script to answer in: the text's own when it has characters that tell (OpenCC changes them one way
 * only), else the Telegram client's language (`zh-hant`, `zh-tw`, `zh-hk`, `zh-mo` mean Traditional), else Simplified.
 * Commands like /start carry no Chinese text, which is why the language setting matters at all.
 */
export function askerScript(text: string | undefined, languageCode: string | undefined): Script {
  if (text && /\p{Script=Han}/u.test(text)) {
    if (detectScript(text) === 'traditional') return 'traditional';
    if (toScript(text, 'traditional') !== text) return 'simplified';
  }
  return /^zh[-_](hant|tw|hk|mo)\b/iu.test(languageCode ?? '') ? 'traditional' : 'simplified';
}
