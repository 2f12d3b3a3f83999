/**
 * People as transcripts name them: a post followed by a name (省卫生健康委党组书记、主任吴建平), perhaps with an
 * honorific or a rank after it (先生, 女士, 同志, 大校) that is not part of the name, or a bare name (吴建平).
 * Lists of people are joined with ;，, or 、, but 、 also joins two posts of one person (党组书记、主任), so a
 * list item ends only where a name does. All matching runs on the folded line (Simplified, half-width), and the
 * names and posts returned are cut from the text as published.
 */

/** A person found in the text: a name, and the post when the text gives one. */
export interface Person {
  name: string;
  post?: string;
}

/** Words a post ends with; what follows is the name. */
const POST_END =
  /(?:副?(?:局长|厅长|处长|科长|部长|司长|署长|市长|县长|区长|州长|省长|镇长|乡长|主任|书记|主席|秘书长|院长|校长|会长|理事长|董事长|总经理|经理|行长|台长|社长|馆长|所长|站长|队长|组长|园长|检察长|庭长|司令员|政委|政治委员|参谋长|总编辑|主编|总监|指挥长|护士长)|委员|常委|成员|负责人|发言人|专员|巡视员|调研员|总工程师|总经济师|总会计师|总规划师|工程师|教授|研究员|代表|大使|干事|主管|医师|专家)/gu;

/** Honorifics and ranks printed after a name: not part of it. */
const HONORIFIC = /(?:先生|女士|同志|博士|教授|院士|大校|上校|中校|少校|少将|中将|上将|准将|[一二三]级警监|[一二三]级警督|警监|警督)$/u;

/** Verbs that end a person's mention in a sentence: 林国栋介绍…, 陈志远在…, 李黎出席…. */
const PREDICATE_START = /^(?:介绍|通报|主持|回答|答复|解读|发布|出席|参加|接受|在|就|共同|表示|说|指出|作|向|对|到场|一行|等|先后|分别|并|和|与|及)/u;

/** Compound surnames, then the single ones: a bare name must start with one. */
const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '司徒', '夏侯', '宇文', '长孙', '端木', '西门', '南宫', '独孤', '万俟', '闻人', '轩辕', '澹台', '申屠', '太史', '呼延', '钟离', '宗政', '濮阳', '淳于', '单于', '赫连'];
const SINGLE_SURNAMES = new Set(
  [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由'],
);

/** Words that are never a name, though they start with a surname's character: greetings, roles, places. */
const NOT_A_NAME = /^(?:记者|主持|发布|各位|大家|朋友|同志|女士|先生|来宾|领导|嘉宾|问题|提问|回答|答问|下面|首先|最后|谢谢|感谢|今天|今年|去年|明年|时间|地点|现场|会场|全省|全市|全县|全国|我们|你们|他们|高速|公路|交通|经济|社会|文化|市场|发展|工作|情况|方面|重点|主要|具体|同时|目前|截至|其中|总体|最后|总之|关于)/u;

/** Whether a run of characters reads as a person's name: two to four Han characters starting with a surname, or a name with ·. */
export function looksLikeName(folded: string): boolean {
  if (/^[\p{Script=Han}]{1,6}(?:·[\p{Script=Han}]{1,8})+$/u.test(folded)) return true;
  if (!/^[\p{Script=Han}]{2,4}$/u.test(folded) || NOT_A_NAME.test(folded)) return false;
  // 李强说 or 王明表示 is someone speaking in a sentence, not a name.
  if (folded.length === 3 && /[说讲称道问答]$/u.test(folded)) return false;
  const compound = COMPOUND_SURNAMES.some((s) => folded.startsWith(s));
  if (compound) return folded.length >= 3;
  return SINGLE_SURNAMES.has(folded[0]!) && folded.length <= 3;
}

/** A post and name read from one mention; `honorific` is what was printed after the name. */
export interface Mention extends Person {
  honorific?: string;
}

/**
 * Reads one mention, `text` as published and `folded` its folded twin: 消费促进司司长林国栋先生 → post 消费促进司司长,
 * name 林国栋. `known` holds names (folded) the transcript uses as labels, which settle where a name ends. Undefined
 * when no name can be found.
 */
export function readMention(text: string, folded: string, known: ReadonlySet<string> = new Set(), options: { exact?: boolean } = {}): Mention | undefined {
  const lead = text.length - text.trimStart().length;
  let t = text.trim();
  let f = folded.slice(lead, lead + t.length);
  let honorific: string | undefined;
  const h = HONORIFIC.exec(f);
  if (h && h.index > 0) {
    honorific = t.slice(h.index);
    t = t.slice(0, h.index).trimEnd();
    f = f.slice(0, t.length);
  }
  // A known name at the end settles it: the rest is the post.
  for (const name of known) {
    if (f.endsWith(name) && (f.length === name.length || !/[\p{Script=Han}]/u.test(f[f.length - name.length - 1] ?? '') || endsWithPost(f.slice(0, -name.length)))) {
      return withPost(t.slice(0, t.length - name.length), t.slice(t.length - name.length), honorific);
    }
  }
  let cut = -1;
  for (const m of f.matchAll(POST_END)) cut = m.index + m[0].length;
  if (cut < 0) {
    const bare = f.replace(/\s+/gu, '');
    return looksLikeName(bare) ? withPost('', t.replace(/\s+/gu, ''), honorific) : undefined;
  }
  const rest = f.slice(cut).trimStart();
  const restStart = t.length - rest.length;
  // The name may run into what the person does (李黎出席): a known name or a name before a verb ends it there.
  // In a label (`exact`) the name must end the text: 陈志远接受媒体采访: is a headline, not a label.
  const name = looksLikeName(rest.trimEnd()) ? rest.trimEnd() : options.exact ? undefined : ([...known].find((n) => rest.startsWith(n)) ?? nameBeforePredicate(rest));
  if (name === undefined) return undefined;
  return withPost(t.slice(0, cut), t.slice(restStart, restStart + name.length), honorific);
}

function withPost(post: string, name: string, honorific: string | undefined): Mention {
  // A label's name before the post (答问人:…) is not part of it.
  const p = post.replace(/^.*[:：]/u, '').trim().replace(/[、,，\s]+$/u, '');
  return { name, ...(p.length > 0 ? { post: p } : {}), ...(honorific === undefined ? {} : { honorific }) };
}

function endsWithPost(folded: string): boolean {
  let end = -1;
  for (const m of folded.matchAll(POST_END)) end = m.index + m[0].length;
  return end === folded.length;
}

/**
 * The people at the start of a clause, before what they do: 厅党组成员、副厅长刘建华通报有关情况 → 刘建华 (厅党组成员、
 * 副厅长); 综合规划处处长黄敏、公路局副局长谢永强共同回答 → both. Empty when the clause does not open with people.
 */
export function peopleAtStart(text: string, folded: string, known: ReadonlySet<string> = new Set()): Mention[] & { end: number } {
  // Try each place a predicate could start, nearest first; the first cut that leaves a list of people wins.
  for (let at = 2; at <= Math.min(text.length, 80); at++) {
    if (at < text.length && !PREDICATE_START.test(folded.slice(at))) continue;
    const people = peopleInList(text.slice(0, at), folded.slice(0, at), known);
    if (people.length > 0 && people.complete) return Object.assign(people.slice(), { end: at });
  }
  return Object.assign([], { end: 0 });
}

/** A list of mentions, and whether every item of it read as a person. */
type MentionList = Mention[] & { complete?: boolean };

/**
 * The people of a list: items split at ;；,， and at 、 where a name ends (党组书记、主任吴建平 stays one item).
 * Items that name nobody are skipped; `complete` says whether there were none such.
 */
export function peopleInList(text: string, folded: string, known: ReadonlySet<string> = new Set()): MentionList {
  const found: MentionList = [];
  let complete = true;
  let start = 0;
  const pieces: { from: number; to: number }[] = [];
  for (let i = 0; i <= folded.length; i++) {
    if (i === folded.length || /[;,]/u.test(folded[i]!)) {
      if (i > start) pieces.push({ from: start, to: i });
      start = i + 1;
    }
  }
  for (const { from, to } of pieces) {
    // Within an item, 、 separates people only where the text before it ends with a name.
    let itemStart = from;
    for (let i = from; i <= to; i++) {
      if (i < to && folded[i] !== '、') continue;
      const t = text.slice(itemStart, i);
      const f = folded.slice(itemStart, i);
      const mention = t.trim().length > 0 ? readMention(t, f, known) : undefined;
      if (mention && (i === to || endsWithName(f, mention))) {
        found.push(mention);
        itemStart = i + 1;
      }
    }
    if (itemStart < to && folded.slice(itemStart, to).trim().length > 0) complete = false;
  }
  found.complete = complete && found.length > 0;
  return found;
}

function endsWithName(folded: string, mention: Mention): boolean {
  return !endsWithPost(folded.trim()) && mention.name.length >= 2;
}

/** Strips what follows a name in a sentence (出席, 介绍…): 李黎出席 → 李黎; undefined when nothing reads as a name. */
export function nameBeforePredicate(folded: string): string | undefined {
  for (let len = Math.min(4, folded.length); len >= 2; len--) {
    const name = folded.slice(0, len);
    if (looksLikeName(name) && (len === folded.length || PREDICATE_START.test(folded.slice(len)) || HONORIFIC.test(folded.slice(len)))) return name;
  }
  return undefined;
}
