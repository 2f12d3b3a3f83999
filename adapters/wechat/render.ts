import { renderPlainText, toScript, type Answer, type Script } from '../../src/index.ts';

/**
 * The adapter's own words (notices, apologies), written once in Simplified and converted to the asker's script on
 * use, so a Traditional asker never sees a Simplified label. The words of an answer are not here: they are the
 * core's layout's (src/answer/layout.ts), the same in every channel.
 */
export const ui = {
  rateLimited: '提问太频繁了，请稍等一分钟再问。',
  roomRateLimited: '本群提问太频繁了，请稍等一分钟再问。',
  failed: '抱歉，这条消息没能处理，请稍后再试。',
} as const;

/** One of the adapter's own phrases in the given script. */
export function uiText(phrase: keyof typeof ui, script: Script): string {
  return toScript(ui[phrase], script);
}

/**
 * Renders an answer as WeChat plain text (WeChat shows no markup): the core's one layout, as the console shows
 * it, with the suggestions numbered and how to pick one by number.
 */
export function renderAnswer(answer: Answer): string {
  return renderPlainText(answer, { picking: 'numbers' });
}
