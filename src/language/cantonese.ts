/**
 * Written Cantonese, as people in Hong Kong and Guangdong type their questions (記者會係邊日開㗎, 幾多錢, 點樣登記,
 * 會唔會冇咗), read as the Mandarin the releases are written in: the grammatical words and question words only,
 * a general grammar of the dialect, applied to questions after folding (so 係 is 系 here, 幾 is 几, 邊 is 边).
 * Releases themselves are standard written Chinese and are never rewritten.
 */
/** Verbs that 点 before them asks how to do (点办, 点申请, 点分配). */
const HOW_VERBS = '办做弄搞算申登报领交缴用分处';

const RULES: readonly [RegExp, string][] = [
  // Question words.
  [/几多/gu, '多少'],
  [/几钱/gu, '多少钱'],
  [/几(?=[大长远高重阔])/gu, '多'],
  [/几耐/gu, '多久'],
  [/几时/gu, '什么时候'],
  // (边个 closing the question asks who, 负责人系边个; before a noun, which: 边个区.)
  [/边个(?=[?？!！。.]*$)/gu, '谁'],
  [/边个/gu, '哪个'],
  [/边度|边处/gu, '哪里'],
  [/边(?=[日天年月位间区家条种样届期次场个两二三四五六七八九十几\d])/gu, '哪'],
  [/今次/gu, '这次'],
  [/点样/gu, '怎样'],
  [/点解/gu, '为什么'],
  [new RegExp(`点(?=[${HOW_VERBS}去走])`, 'gu'), '怎么'],
  // (会点 at the end asks what happens then: 失约三次会点 is 会怎样.)
  [/(?<=[会要])点(?=[?？!！。.]*$)/gu, '怎样'],
  [/使唔使/gu, '需不需要'],
  [/乜嘢|咩嘢/gu, '什么'],
  // (乜 asks what; so does 咩 inside the question, 係咩職位, though at its end it is a particle of surprise, below.)
  [/乜|咩(?![?？!！。.]*$)/gu, '什么'],
  // The copula before a question word, and 系咪/系唔系 (是不是); 系 inside a word (关系, 体系) is left alone.
  [/系咪|系唔系/gu, '是不是'],
  [/系(?=[边几乜咩哪什点谁多])/gu, '是'],
  // Function words.
  [/嘅/gu, '的'],
  [/唔/gu, '不'],
  [/冇/gu, '没有'],
  [/喺/gu, '在'],
  [/咗/gu, '了'],
  [/嚟/gu, '来'],
  [/佢哋/gu, '他们'],
  [/佢/gu, '他'],
  [/而家/gu, '现在'],
  [/琴日/gu, '昨天'],
  [/听日/gu, '明天'],
  [/啱啱/gu, '刚刚'],
  [/屋企/gu, '家里'],
  [/加埋/gu, '加起来'],
  [/同埋/gu, '和'],
  [/呢度/gu, '这里'],
  [/[嗰𠮶]度/gu, '那里'],
  [/[嗰𠮶]/gu, '那'],
  [/仲(?=[有要未会系是])/gu, '还'],
  [/呢(?=[个啲次场项位间])/gu, '这'],
  [/啲/gu, '些'],
  [/[俾畀]/gu, '给'],
  [/[搵揾]/gu, '找'],
  [/睇/gu, '看'],
  [/攞/gu, '拿'],
  [/咁/gu, '这么'],
  // Sentence-final particles that say nothing a passage holds.
  [/[㗎喎嘞啩咩]+(?=[?？!！。.]*$)/gu, ''],
];

/** A question in written Cantonese read as Mandarin; Mandarin text passes unchanged. */
export function mandarinOf(folded: string): string {
  if (!CANTONESE.test(folded)) return folded;
  let text = folded;
  for (const [pattern, means] of RULES) text = text.replace(pattern, means);
  return text;
}

/** Characters only written Cantonese uses (the rules run only when one is present). */
const CANTONESE = new RegExp(`[嘅唔冇喺咗嚟佢啲㗎喎嘞啩咩乜畀俾搵揾睇攞咁嗰𠮶]|几多|几耐|几时|几钱|边个|边度|边间|点样|点解|系咪|而家|呢个|呢度|系边|系几|今次|屋企|加埋|同埋|琴日|听日|啱啱|(?:会|要|可以|应该|该)点(?=[${HOW_VERBS}])|[会要]点[?？!！。.]*$`, 'u');
