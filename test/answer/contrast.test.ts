import { describe, expect, it } from 'vitest';
import { contrasted, modifiedNouns } from '../../src/answer/contrast.ts';
import { readFrame } from '../../src/question/frames.ts';
import { normalise } from '../../src/text/pipeline.ts';

/** Whether a passage is about a sibling of what the question's modifiers pick out. */
function clash(question: string, passage: string): boolean {
  const { content } = readFrame(normalise(question));
  return contrasted(normalise(passage), modifiedNouns(content), content);
}

describe('contrasting modifiers', () => {
  it('reads a noun with the nouns before it, across 的 and a period', () => {
    expect(modifiedNouns(readFrame(normalise('花生的亩产有多少')).content)).toContainEqual({ head: '亩产', modifier: '花生', last: '花生' });
    // (前三季度 says when: 城镇居民 still says whose 人均 income.)
    expect(modifiedNouns(readFrame(normalise('城镇居民前三季度人均收入多少')).content).map((m) => m.modifier)).toContain('城镇居民');
  });

  it('finds a passage that states the number of a sibling (小麦 for 花生, 农村 for 城镇, another award)', () => {
    expect(clash('花生亩产多少公斤', '今年全县小麦亩产达到512公斤，花生种植面积扩大到3万亩。')).toBe(true);
    expect(clash('城镇居民人均收入是多少', '前三季度，全县农村居民人均收入16820元，增速快于城镇居民。')).toBe(true);
    expect(clash('青年科技奖奖金多少', '本届市自然科学奖奖金总额为1200万元。')).toBe(true);
  });

  it('reads a word on the same last character as a sibling, and a bare noun after it as its own (高考评卷 … 评卷教师)', () => {
    expect(clash('中考评卷老师一共有多少人', '今年高考评卷工作于6月12日开始，全省共抽调评卷教师4,600名。')).toBe(true);
    expect(clash('牛肉产量多少万吨', '全年猪肉产量32.6万吨，同比增长2.1%。')).toBe(true);
    // A clause opening with its verb speaks of the subject before it; the whole a share is of (占全部投资) says
    // nothing of which.
    expect(clash('民间投资占全部投资的比重是多少', '工业投资增长12.7%，占全部投资的比重达到38.6%。')).toBe(true);
    expect(clash('工业投资占全部投资的比重是多少', '工业投资增长12.7%，占全部投资的比重达到38.6%。')).toBe(false);
    // Another modifier that is not a sibling (轨道交通 for 地铁) does not carry to the bare clause after it.
    expect(clash('地铁运营里程多少公里', '全市轨道交通运营线路将达到5条，运营里程由139.8公里增加到168.4公里。')).toBe(false);
    expect(clash('中考评卷老师一共有多少人', '今年中考评卷工作于6月20日开始，全市共抽调评卷教师1,200名。')).toBe(false);
    // The noun nearest the number is the one its modifier speaks of: 城市社区覆盖率 after 社区养老服务站.
    expect(clash('农村社区养老服务站覆盖率是多少', '社区养老服务站城市社区覆盖率 96.3%')).toBe(true);
  });

  it('reads a modifier the release knows only by its full form as a sibling of another', async () => {
    const { createEngine } = await import('../../src/index.ts');
    const path = await import('node:path');
    const marathon = await createEngine({ knowledgeDirs: [path.resolve(import.meta.dirname, '../fixtures/devset/knowledge/r15')], cacheDir: false });
    // The release gives the prize of the full marathon's winners only; 半马 is its 半程马拉松.
    expect(marathon.answer('半马冠军能拿多少奖金').answered).toBe(false);
  });

  it('leaves a passage about the thing itself, or put another way, alone', () => {
    expect(clash('花生亩产多少公斤', '全县花生亩产达到310公斤，同比增长4%。')).toBe(false);
    // The scope (全县 for 全市), an everyday short form (电动车 for 电动自行车) and a clause with no modifier at all.
    expect(clash('全市小麦亩产多少', '全县小麦亩产达到512公斤。')).toBe(false);
    expect(clash('电动车火灾今年有多少起', '今年共发生电动自行车火灾86起，同比下降9%。')).toBe(false);
    expect(clash('花生亩产多少公斤', '亩产达到310公斤。')).toBe(false);
    // A modifier cut short of the passage's long form, which jieba parts into an adverb, a verb and a noun.
    expect(clash('长护险经办服务满意度多少', '我市长期护理保险经办服务满意度达98.6%。')).toBe(false);
  });
});
