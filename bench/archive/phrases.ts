/**
 * The set phrases every press conference shares whatever its topic: the host's lines, the presenter's
 * greeting, the openers of sentences that carry figures. Pure data; see ./topics/ for what varies by topic.
 * Placeholders as in ./topics/types.ts, plus `{title}`, `{intro}`, `{media}`, `{who}` and `{people}`.
 */

/** The host's welcome; `{intro}` lists the speakers with their posts. */
export const HOST_WELCOME: readonly string[][] = [
  ['各位媒体朋友，大家{ampm}好！', '欢迎出席{title}。', '今天我们邀请到{intro}出席发布会，向大家介绍{summary}，并回答记者朋友关心的问题。', '参加本场新闻发布会的媒体有：{media}。', '感谢各位媒体记者朋友的到来。'],
  ['各位记者朋友，大家{ampm}好！', '欢迎参加{title}。', '出席今天发布会的有{intro}。', '他们将向大家介绍{summary}，并回答大家关心的问题。', '参加本场发布会的媒体有：{media}。'],
];

/** The host hands over to the first speaker. */
export const HOST_FIRST: readonly string[] = ['首先，请{who}向大家介绍有关情况。', '下面，请{who}介绍有关情况。'];

/** The host hands over to a speaker who adds to the first. */
export const HOST_NEXT: readonly string[] = ['下面，请{who}补充介绍有关情况。', '请{who}作补充介绍。'];

/** The host opens the questions. */
export const HOST_QUESTIONS: readonly string[] = [
  '感谢{who}的介绍。下面是答问环节，欢迎各位记者朋友就关心关注的问题进行提问，提问前请先通报所在的新闻单位。',
  '谢谢{who}。下面进入提问环节，请各位记者朋友围绕本次发布主题提问。',
];

/** The host closes; `{people}` thanks the speakers. */
export const HOST_CLOSE: readonly string[] = [
  '谢谢各位记者朋友的提问，感谢{people}的介绍和互动交流。今天的新闻发布会到此结束，谢谢大家！',
  '今天的发布会就到这里。感谢{people}，感谢各位媒体朋友，谢谢大家！',
];

/** The first speaker's greeting, before the report. */
export const PRESENTER_GREETING: readonly string[][] = [
  ['各位来宾、新闻界的朋友们，大家好！', '今天，我们在这里召开{title}。', '在此，我谨代表{city}{bureau}，向各位的到来表示热烈的欢迎！'],
  ['各位记者朋友，大家好！', '首先，感谢大家长期以来对{city}{bureau}工作的关心和支持！'],
];

/** How the report begins: a year and a stance, then 现将…如下. */
export const PRESENTER_PREFACE: readonly string[] = [
  '{year}年以来，{bureau}在市委、市政府的坚强领导下，{stance}，各项工作取得了积极成效。',
  '{year}年以来，{bureau}认真贯彻落实上级决策部署，{stance}，推动各项工作落地见效。',
];

/** The middle of a preface. */
export const STANCES: readonly string[] = ['坚持稳中求进工作总基调', '聚焦群众急难愁盼问题', '坚持问题导向和目标导向', '围绕中心、服务大局', '坚持以人民为中心的发展思想'];

/** The line that leads into the numbered sections. */
export const PRESENTER_LEAD_IN: readonly string[] = ['现将有关情况通报如下：', '现就有关情况介绍如下：', '下面，我简要介绍一下有关情况。'];

/** A second or third speaker begins. */
export const SUPPLEMENT_OPENINGS: readonly string[] = ['我补充介绍几点情况。', '我就具体工作补充介绍一下。', '下面，我就有关工作作简要补充。'];

/** The first speaker's closing paragraph: `{plans}` joins what comes next. */
export const PRESENTER_CLOSING: readonly string[] = [
  '下一步，{bureau}将{plans}，为{city}经济社会高质量发展作出新的更大贡献。',
  '下一步，我们将{plans}，不断增强人民群众的获得感、幸福感、安全感。',
];

/** Sentences any report may hold, each ending in 。. */
export const GENERIC_REMARKS: readonly string[] = [
  '我们坚持问题导向，聚焦群众反映强烈的突出问题，逐项研究解决措施。',
  '我们建立了工作专班，实行周调度、月通报，确保各项任务按时推进。',
  '我们加强与相关部门的协调配合，形成了齐抓共管的工作合力。',
  '各县区结合实际，创新工作方式方法，形成了一批可复制可推广的经验做法。',
  '我们注重宣传引导，通过多种渠道广泛解读政策，营造了良好的社会氛围。',
  '这些工作得到了企业和群众的普遍认可，取得了良好的社会效果。',
  '我们把群众满不满意作为检验工作成效的重要标准，及时回应社会关切。',
  '通过实地走访调研，我们进一步摸清了底数，明确了下一步的工作重点。',
];

/** Openers of a sentence that carries figures; `{last}` is the year before the release's. */
export const FIGURE_OPENERS: readonly string[] = ['{last}年以来，全市', '{last}年，全市', '{last}年，我市', '截至目前，全市', '截至{last}年底，全市', '一年来，全市'];

/** How a question from the floor may begin. */
export const QUESTION_OPENINGS: readonly string[] = ['您好，我是{media}记者。请问，', '请问，', '', '我是{media}记者，想问一下，'];

/** The question about what comes next that any release may answer from its topic's plans. */
export const NEXT_STEPS_QUESTION = '下一步在这方面还有哪些打算？';

/** Chinese numerals for section numbers and ordinals. */
export const NUMERALS: readonly string[] = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
