import { beforeAll, describe, expect, it } from 'vitest';
import type { QuestionRow } from '../../src/log/index.ts';
import { groupByMeaning, MeaningGrouper, wordingOf } from '../../src/report/grouping.ts';

let grouper: MeaningGrouper;
beforeAll(async () => {
  grouper = await MeaningGrouper.load();
});

const row = (question: string, outcome: QuestionRow['outcome'], extra: Partial<QuestionRow> = {}): QuestionRow => ({
  askedAt: Date.parse('2024-01-07T10:00:00Z'),
  channel: 'telegram',
  chatType: 'private',
  asker: null,
  question,
  understood: null,
  outcome,
  kind: outcome === 'answered' ? 'fact' : 'none',
  releaseId: outcome === 'answered' ? 'r1' : null,
  score: 0,
  latencyMs: 1,
  ...extra,
});

describe('grouping questions by meaning', () => {
  it('puts Simplified and Traditional wordings of one question in one group', () => {
    expect(grouper.key('簽約金額是多少？')).toBe(grouper.key('签约金额多少'));
    expect(grouper.key('宿州學院有幾個校區')).toBe(grouper.key('宿州学院有几个校区？'));
    expect(grouper.key('宿州学院有几个校区')).toBe('宿州学院 校区');
  });

  it("puts the office's own abbreviations in the group of the release wording", () => {
    expect(grouper.key('江汽和宿院签了什么协议')).toBe(grouper.key('江淮汽车和宿州学院签了什么协议'));
  });

  it('keeps questions about different things apart', () => {
    expect(grouper.key('宿州学院有几个校区')).not.toBe(grouper.key('宿州学院的录取分数线是多少'));
    expect(grouper.key('累计签约金额是多少')).not.toBe(grouper.key('签约金额多少'));
  });

  it('groups questions with no informative term by their folded text', () => {
    expect(grouper.key('你好！')).toBe(grouper.key('你好'));
    expect(grouper.key('你好')).toMatch(/^text:/u);
    expect(new MeaningGrouper(undefined).key('簽約金額是多少？')).toBe('text:签约金额是多少');
  });

  it('counts each group with its wordings, outcomes, askers, channels and cited releases', () => {
    const groups = groupByMeaning(
      [
        row('宿州学院有几个校区', 'refused', { asker: 'a', askedAt: 1 }),
        row('宿州學院有幾個校區？', 'refused', { asker: 'b', channel: 'wechat', askedAt: 2 }),
        row('宿州学院有几个校区？', 'suggested', { asker: 'a', askedAt: 3 }),
        row('签约金额多少', 'answered', { askedAt: 4 }),
      ],
      (q) => grouper.key(q),
    );
    expect(groups).toHaveLength(2);
    expect(groups[0]).toMatchObject({
      key: '宿州学院 校区',
      count: 3,
      wordings: [
        { text: '宿州学院有几个校区', count: 2 },
        { text: '宿州學院有幾個校區', count: 1 },
      ],
      outcomes: { answered: 0, suggested: 1, refused: 2, usage: 0 },
      askers: 2,
      channels: ['telegram', 'wechat'],
      firstAsked: 1,
      lastAsked: 3,
      releases: [],
    });
    expect(groups[1]).toMatchObject({ count: 1, releases: ['r1'], askers: 0 });
  });

  it('shows a wording without its width, spacing or trailing question mark', () => {
    expect(wordingOf('  签约金额  多少？？ ')).toBe('签约金额 多少');
    expect(wordingOf('？')).toBe('?');
  });
});
