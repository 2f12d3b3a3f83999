/**
 * Measure words and units, grouped by what they count. A figure question asks in one of them (多少人, 几家,
 * 多少钱, 多大面积) and is answered only by a passage holding a number of the same kind: 800余人 answers 多少人,
 * 105家 answers 几家 or 多少个, but 35个 does not answer 多少钱. General Chinese grammar, not any release's words.
 */

/**
 * What a number counts. Counts come in kinds too: `count` for things of any sort (项, 件, 条, 个), `sites` for
 * organisations and places (家, 所, 处, 座), `vehicles` for machines and vehicles (台, 辆, 列), `occurrences`
 * for events and rounds (场, 次, 届, 批). A question in 个 (the generic measure word) takes any of them.
 */
export type MeasureKind =
  | 'people'
  | 'money'
  | 'count'
  | 'sites'
  | 'vehicles'
  | 'occurrences'
  | 'time'
  | 'length'
  | 'area'
  | 'weight'
  | 'percent'
  | 'multiple'
  | 'age'
  | 'storeys'
  | 'speed'
  | 'concentration';

/** Units and measure words by kind. */
const MEASURES: Record<MeasureKind, readonly string[]> = {
  speed: ['公里/小时', '千米/小时', '公里每小时'],
  concentration: ['微克/立方米', '毫克/立方米', '毫克/升', '微克每立方米', '毫克每立方米', '毫克每升', 'μg/m3', 'mg/m3', 'mg/l'],
  people: ['万人次', '人次', '万人', '名', '人', '位', '户', '员'],
  money: ['万亿元', '亿元', '万元', '千元', '百元', '元', '块钱', '块', '美元', '亿美元'],
  // (席 counts seats, 格 parking spaces as Taiwan writes them, 顶 tents, 床 beds, 对 couples; 样 items of any kind, 几样材料.)
  // (人份 counts kits or doses, one person's each: 试剂8.6万人份 is no number of people.)
  count: ['人份', '个', '项', '件', '条', '种', '类', '样', '款', '宗', '例', '份', '本', '篇', '张', '册', '门', '道', '支', '组', '队', '只', '头', '株', '棵', '项次', '万项次', '册次', '件次', '亿件', '万件', '万个', '套', '剂次', '剂', '针', '瓶', '盒', '袋', '箱', '粒', '枚', '盏', '颗', '双', '对', '幅', '席', '格', '把', '根', '顶', '床'],
  // (块 after a number is money as people say it, 六百块; a plot of land is counted in 块 too, but rarely asked.)
  sites: ['家', '所', '处', '座', '栋', '幢', '间', '站', '片', '路'],
  vehicles: ['台', '部', '辆', '列', '架', '艘', '列次'],
  // (通 counts calls, 接听来电21.6万通; 笔 counts payments and deals, 结算86万笔.)
  // (课时 and 学时 count lessons as curricula write them, 节 as people say it.)
  occurrences: ['场', '次', '届', '期', '批', '轮', '趟', '班', '起', '节', '通', '笔', '课时', '学时'],
  // (工作天 and 钟头 as Hong Kong and Guangdong write them: 7個工作天, 兩個鐘頭.)
  time: ['个半小时', '个半月', '个月', '个小时', '个星期', '小时', '分钟', '秒钟', '秒', '天', '日', '周', '年', '季度', '星期', '个工作日', '工作日', '个工作天', '工作天', '个钟头', '钟头'],
  length: ['公里', '千米', '公尺', '公分', '米', '厘米', '里'],
  area: ['平方公里', '平方千米', '平方公尺', '平方米', '万平方米', '亩', '万亩', '公顷'],
  weight: ['万吨', '吨', '公斤', '千克', '斤', '克'],
  percent: ['%', '个百分点', '百分点', '成', '折'],
  multiple: ['倍'],
  // (A building's storeys, 6层住宅, are no count of things: 12层 is not the 12种 of another sentence.)
  storeys: ['层'],
  // (周岁 before 周: 18周岁 is an age, not 18 weeks.)
  age: ['周岁', '岁'],
};

/** The kinds of number that count things: those a question in the generic 个 (or in no measure word at all) takes. */
export const COUNTABLE: ReadonlySet<MeasureKind> = new Set(['count', 'sites', 'vehicles', 'occurrences']);

/** Labels that follow a number like measure words but count nothing: 3号线 is a line's name, not three lines. */
const LABELS = ['号线', '号楼', '号院', '号门', '号地铁'];

const KIND_OF = new Map<string, MeasureKind>();
for (const [kind, words] of Object.entries(MEASURES) as [MeasureKind, readonly string[]][]) for (const w of words) if (!KIND_OF.has(w)) KIND_OF.set(w, kind);

/** Every measure word and unit, longest first, for patterns that must try 万人次 before 人. */
export const MEASURE_WORDS: readonly string[] = [...KIND_OF.keys(), ...LABELS].sort((a, b) => b.length - a.length);

/** Nouns that name a quantity of a kind (金额 is an amount of money, 人数 a number of people). */
const QUANTITY_NOUNS: [RegExp, MeasureKind][] = [
  // Money: 金额, 资金, 费用, 票价, 租金, 押金, 工资 … and nouns that end in a money morpheme. A noun ends in one of
  // these words or is one: 投入使用 is no amount of money, 投入 is.
  // (销售额, 成交额, 进口额 are money; 名额 is a number of places, below; 配额, a quota, and 份额, a share, are as many
  // of whatever is allotted.)
  // (免费, 免税 and 免租 say there is no charge: they are no amount.)
  [/(?:金额|投资|投入|收入|营收|产值|钱|成本|补贴|津贴|补助|奖励|gdp|总额|资产|(?<!免)[金费价款资租税薪]|(?<![名配份])额)$/u, 'money'],
  [/(?:人数|人次|客流|游客|人口|名额)$/u, 'people'],
  [/面积$/u, 'area'],
  // (And the heights people and things are measured by: 身高, 肩高 of a dog, 层高, 限高.)
  [/(?:长度|里程|距离|全长|总长|线长|水位|高度|深度|水深|海拔|标高|身高|肩高|层高|限高|净高)$/u, 'length'],
  [/(?:速度|时速|车速)$/u, 'speed'],
  [/(?:浓度|含量)$/u, 'concentration'],
  [/(?:重量|产量)$/u, 'weight'],
  // (Not a physical rate, which is measured in units of its own: 功率 in 瓦, 频率 in 赫兹, 速率, 汇率, 心率.)
  [/(?:比例|比重|占比|增长率|增速|增幅|降幅|涨幅|跌幅|幅度|(?<!(?<!成)功|[频速汇心帧])率|百分比|比率)$/u, 'percent'],
  [/(?:时长|工期|期限)$/u, 'time'],
  [/(?:年龄|岁数)$/u, 'age'],
];

/**
 * Whether the words after a number are a mass per a volume or a mass, a concentration however the mass is
 * qualified: 0.032纳克毒性当量/立方米, 5微克每升, 0.05毫克/千克.
 */
export function isMassPer(unitOn: string): boolean {
  return MASS_PER.test(unitOn);
}
const MASS_PER = /^(?:纳|微|毫|皮)克[^/每，,。；;]{0,8}(?:\/|每)(?:标准)?(?:立方米|升|毫升|千克|公斤|m3|l)/iu;

/** The kind of a measure word or unit, if it is one. */
export function measureKind(word: string): MeasureKind | undefined {
  return KIND_OF.get(word);
}

/** The kind of quantity a noun names (金额 → money), if it names one. */
export function quantityKindOfNoun(word: string): MeasureKind | undefined {
  for (const [pattern, kind] of QUANTITY_NOUNS) if (pattern.test(word)) return kind;
  // A measure word made a noun by 次 or 数 counts what the measure word counts: 场次 and 批次 are how many times,
  // 户数 how many households, 家数 how many firms (not 名次, a rank, nor 位数, the digits of a number; and a
  // number of days, 优良天数, is a thing the release counts as often as a kind of number).
  const measured = /^(\p{Script=Han})[次数]$/u.exec(word)?.[1];
  const kind = measured !== undefined && !NOT_COUNTED_BY.has(word) ? KIND_OF.get(measured) : undefined;
  return kind !== undefined && (COUNTABLE.has(kind) || kind === 'people') ? kind : undefined;
}

/** Words of a measure word and 次 or 数 that are no number of what it counts. */
const NOT_COUNTED_BY: ReadonlySet<string> = new Set(['名次', '位数', '座次', '路数', '分数', '号数']);

/** The kind of a printed figure's unit: `800余人` → people, `535.35万元` → money, a bare `35` → undefined. */
export function kindOfUnit(unit: string): MeasureKind | undefined {
  const bare = unit.replace(/^[余多来]/u, '');
  if (bare.length === 0) return undefined;
  const exact = KIND_OF.get(bare);
  if (exact) return exact;
  // (个 before another measure word is that one's: 12个班次 counts runs, not things.)
  const after = /^个(.+)$/u.exec(bare)?.[1];
  if (after !== undefined) {
    const kind = kindOfUnit(after);
    if (kind !== undefined) return kind;
  }
  // The longest measure word the unit starts with: 万人次以上 → 万人次.
  const prefix = MEASURE_WORDS.find((w) => bare.startsWith(w));
  if (prefix !== undefined) return KIND_OF.get(prefix);
  // 38.6万名, 3.12万户, 6.8万辆: a measure word after 万 or 亿 counts what it counts alone.
  const scaled = /^(?:万亿|万|亿)(.+)$/u.exec(bare)?.[1];
  return scaled === undefined ? undefined : kindOfUnit(scaled);
}

/**
 * Whether a passage's number of one kind answers a question asking in a kind: the same kind does, and a
 * question in the generic 个 (`generic`) takes any countable kind, and people (几个人): 几个路演项目 is answered by 5项,
 * 再招几个技术调查官 by 10名.
 */
export function kindsAgree(asked: MeasureKind, found: MeasureKind, generic = false): boolean {
  return asked === found || (generic && COUNTABLE.has(asked) && (COUNTABLE.has(found) || found === 'people'));
}

/** Whether a measure word is the generic one (个, 种), which counts anything. */
export function isGenericMeasure(word: string): boolean {
  return word === '个' || word === '种' || word === '多少';
}
