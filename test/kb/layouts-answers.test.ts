import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDictionary } from '../../src/kb/dictionary.ts';
import { importTranscript } from '../../src/kb/import.ts';
import { createEngine, type Engine } from '../../src/index.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/load.ts';
import { ROOT } from '../helpers/paths.ts';

const LAYOUTS = path.join(ROOT, 'test/fixtures/kb/layouts');

/** What a cited answer must show: the release it cites, who said it (when anyone is cited), and words of its reply. */
interface Cited {
  release: string;
  kind: 'qa' | 'fact' | 'event' | 'release';
  speaker?: string;
  says: string;
}

/** A handful of questions per imported layout: who spoke, when, a figure, a reporter's question answered. */
const QUESTIONS: Record<string, [string, Cited][]> = {
  'ministry-briefing': [
    ['林国栋是什么职务？', { release: 'ministry-briefing', kind: 'release', says: '发布人：消费促进司司长林国栋' }],
    ['以旧换新促消费活动是什么时候开展的？', { release: 'ministry-briefing', kind: 'event', speaker: '林国栋', says: '2024年3月1日至4月30日：汽车以旧换新促消费活动' }],
    ['一季度社会消费品零售总额是多少？', { release: 'ministry-briefing', kind: 'fact', speaker: '林国栋', says: '社会消费品零售总额：12.03万亿元' }],
    ['一季度服务消费增长较快的主要原因是什么？', { release: 'ministry-briefing', kind: 'qa', speaker: '林国栋', says: '春节假期国内旅游出游4.74亿人次' }],
  ],
  'provincial-health': [
    ['吴建平是什么职务？', { release: 'provincial-health', kind: 'release', says: '省卫生健康委党组书记、主任吴建平' }],
    ['健康东川发布会是哪天召开的？', { release: 'provincial-health', kind: 'release', says: '发布时间：2024年5月30日' }],
    ['东川省人均预期寿命是多少？', { release: 'provincial-health', kind: 'fact', speaker: '吴建平', says: '全省人均预期寿命：79.2岁' }],
    ['紧密型县域医共体建设给群众带来了哪些实惠？', { release: 'provincial-health', kind: 'qa', speaker: '郑丽', says: '派驻医师2300余名' }],
  ],
  'ecology-briefing': [
    ['马文涛是什么职务？', { release: 'ecology-briefing', kind: 'release', says: '发布人：大气环境司司长马文涛' }],
    ['秋冬季攻坚动员视频会议是哪天召开的？', { release: 'ecology-briefing', kind: 'event', speaker: '马文涛', says: '2024年8月20日：秋冬季攻坚动员视频会议' }],
    ['全国339个地级及以上城市平均优良天数比例是多少？', { release: 'ecology-briefing', kind: 'fact', speaker: '马文涛', says: '84.5%' }],
    ['秋冬季攻坚有哪些重点任务？', { release: 'ecology-briefing', kind: 'qa', speaker: '马文涛', says: '今年计划完成改造180万户' }],
  ],
  'transport-conference': [
    ['刘建华是什么职务？', { release: 'transport-conference', kind: 'release', says: '厅党组成员、副厅长刘建华' }],
    ['西江省交通运输厅上半年新闻发布会是哪天召开的？', { release: 'transport-conference', kind: 'release', says: '发布时间：2024年7月16日' }],
    ['西江省交通固定资产投资多少？', { release: 'transport-conference', kind: 'fact', speaker: '刘建华', says: '612.4亿元' }],
    ['高速公路服务区充电设施建设进展如何？', { release: 'transport-conference', kind: 'qa', speaker: '谢永强', says: '已建成充电桩1280个' }],
  ],
  'mayor-interview-traditional': [
    ['陳志遠是什麼職務？', { release: 'mayor-interview-traditional', kind: 'release', says: '發布人：臨江市市長陳志遠' }],
    ['臨江市長陳志遠的採訪地點在哪裡？', { release: 'mayor-interview-traditional', kind: 'release', says: '發布地點：市政府會見室' }],
    ['臨江地區生產總值是多少？', { release: 'mayor-interview-traditional', kind: 'fact', speaker: '陳志遠', says: '3215.6億元' }],
    ['臨江與香港的合作有哪些新進展？', { release: 'mayor-interview-traditional', kind: 'qa', speaker: '陳志遠', says: '現場簽約項目26個' }],
  ],
  'qa-only': [
    ['周海燕是什么职务？', { release: 'qa-only', kind: 'release', says: '国家商贸流通部新闻发言人周海燕' }],
    ['2024年3月12日印发了什么意见？', { release: 'qa-only', kind: 'event', speaker: '周海燕', says: '国务院办公厅印发关于促进服务消费高质量发展的意见' }],
    ['五一假期消费市场表现如何？', { release: 'qa-only', kind: 'qa', speaker: '周海燕', says: '销售额同比增长6.8%' }],
  ],
  'conscription-traditional': [
    ['趙國強是什麼職務？', { release: 'conscription-traditional', kind: 'release', says: '臨江警備區副司令員趙國強' }],
    ['臨江徵兵發布會是哪天召開的？', { release: 'conscription-traditional', kind: 'release', says: '發布時間：2024年8月8日' }],
    ['臨江徵兵任務是多少人？', { release: 'conscription-traditional', kind: 'fact', speaker: '趙國強', says: '1850人' }],
    ['大學生入伍有哪些優待政策？', { release: 'conscription-traditional', kind: 'qa', speaker: '李秀英', says: '學費補償和國家助學貸款代償' }],
  ],
  'county-bracketed': [
    ['冯志强是什么职务？', { release: 'county-bracketed', kind: 'release', says: '县农业农村局局长冯志强' }],
    ['秋收会战是什么时候？', { release: 'county-bracketed', kind: 'event', speaker: '冯志强', says: '2024年9月20日至10月10日：秋收会战' }],
    ['联合收割机投入了多少台？', { release: 'county-bracketed', kind: 'fact', speaker: '冯志强', says: '1460台' }],
    ['今冬明春的天气对小麦播种有什么影响？', { release: 'county-bracketed', kind: 'qa', speaker: '韩雪梅', says: '气温偏高1℃左右' }],
  ],
};

describe('the imported layouts, loaded beside the bundled knowledge', () => {
  let engine: Engine;
  const ids = new Map<string, string>();

  beforeAll(async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kb-layouts-'));
    await mkdir(path.join(dir, 'releases'));
    const dictionary = await readDictionary(path.join(DEFAULT_KNOWLEDGE_DIR, 'dictionary.yaml'));
    for (const file of readdirSync(LAYOUTS).filter((f) => f.endsWith('.txt'))) {
      const name = file.replace(/\.txt$/u, '');
      const text = readFileSync(path.join(LAYOUTS, file), 'utf8');
      const id = `${importTranscript(text, name, { dictionary }).draft.date}-${name}`;
      const { yaml, problems } = importTranscript(text, `${id}.yaml`, { dictionary, id, source: file });
      expect(problems).toEqual([]);
      ids.set(name, id);
      await writeFile(path.join(dir, 'releases', `${id}.yaml`), yaml);
    }
    engine = await createEngine({ knowledgeDirs: [DEFAULT_KNOWLEDGE_DIR, dir], cacheDir: path.join(dir, '.cache') });
  }, 120_000);

  it('loads every layout beside the seed release', () => {
    expect(engine.releases().map((r) => r.id).sort()).toEqual([...ids.values(), '2023-12-29-suzhou-shuangchuanghui'].sort());
  });

  const cases = Object.entries(QUESTIONS).flatMap(([layout, questions]) => questions.map(([question, cited]) => ({ layout, question, cited })));
  it.each(cases)('answers $question from $layout with its citation', ({ question, cited }) => {
    const answer = engine.answer(question);
    expect(answer.answered).toBe(true);
    expect(answer.kind).toBe(cited.kind);
    expect(answer.citation?.releaseId).toBe(ids.get(cited.release));
    expect(answer.citation?.speaker?.name).toBe(cited.speaker);
    expect(answer.text).toContain(cited.says);
  });

  it('still answers the seed release’s questions as before', () => {
    const answer = engine.answer('累计签约金额是多少？');
    expect(answer.citation?.releaseId).toBe('2023-12-29-suzhou-shuangchuanghui');
    expect(answer.text).toContain('535.35万元');
  });
});
