import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { FULL_WIDTH_MARKS, garbleAt, pageFold, unfoldPunctuation } from '../../src/kb/garble.ts';
import { gbkBytesOf } from '../../src/kb/gbk.ts';
import { repairGarbling } from '../../src/kb/repair.ts';
import { teachDictionary } from '../../src/kb/segment.ts';
import { SEED_TRANSCRIPT } from '../helpers/paths.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SEED = readFileSync(SEED_TRANSCRIPT, 'utf8');
const release = parse(readFileSync(path.join(ROOT, 'knowledge/releases/2023-12-29-suzhou-shuangchuanghui.yaml'), 'utf8')) as {
  statements: { text: string }[];
  qa: { question: string; answer: string }[];
};

/**
 * Clean sentences as their authors wrote them (full-width punctuation, before the page folded it): the release's
 * statements and answers, and sentences of other releases in Simplified.
 */
const SENTENCES = [
  ...release.statements.map((p) => p.text),
  ...release.qa.map((q) => q.answer),
  ...readFileSync(path.join(ROOT, 'test/fixtures/kb/sentences.txt'), 'utf8').split('\n').filter((l) => l.trim() !== ''),
].map(unfoldPunctuation);

/** Every (sentence, mark) pair whose garbling changes the text. */
const CASES = SENTENCES.flatMap((sentence) =>
  [...sentence].flatMap((ch, at) => (FULL_WIDTH_MARKS.includes(ch) && garbleAt(sentence, at) !== pageFold(sentence) ? [{ sentence, at }] : [])),
);

beforeAll(() => {
  const dictionary = parse(readFileSync(path.join(ROOT, 'knowledge/dictionary.yaml'), 'utf8')) as { words: string[] };
  teachDictionary(dictionary.words);
});

describe('repairGarbling on the seed transcript', () => {
  let seed: ReturnType<typeof repairGarbling>;
  beforeAll(() => {
    seed = repairGarbling(SEED);
  });

  it('restores the two clean shifts and reports the separator, each with its transcript line', () => {
    const { notes } = seed;
    expect(notes.map((n) => [n.line, n.status, n.published, n.repaired])).toEqual([
      [17, 'repaired', '系列活動?,F就我市', '系列活動。現就我市'],
      [19, 'separator', '“雙創匯”?宿州“科創心連心”', '“雙創匯”·宿州“科創心連心”'],
      [22, 'flagged', '和企業?;顒庸灿嬚骷夹g需求112項', '和企業。活動共計征技術需求112項'],
      [24, 'repaired', '融合發展?;顒哟俪伤拗輰W院與', '融合發展。活動促成宿州學院與'],
    ]);
  });

  it('flags 征技術, whose 集 lost a byte for good, instead of presenting it as certain, and suggests 征集技術 first', () => {
    const flag = seed.notes.find((n) => n.line === 22)!;
    expect(flag.status).toBe('flagged');
    expect(flag.suggestions[0]).toBe('。活動共計征集技術');
    expect(flag.why).toContain('perhaps 征集技術');
  });

  it('leaves the question marks that end the reporters’ questions alone', () => {
    const { text } = seed;
    expect(text).toContain('有什么積極影響?\n');
    expect(text).toContain('有什么謀劃?\n');
  });
});

describe('repairGarbling on sentences garbled as the page did', () => {
  it('has cases from every source: the release, its answers and other releases', () => {
    expect(CASES.length).toBeGreaterThan(150);
    expect(new Set(CASES.map((c) => c.sentence)).size).toBe(SENTENCES.length);
  });

  it('restores the text exactly, or flags it, and never presents a wrong repair as certain', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CASES), ({ sentence, at }) => {
        const garbled = garbleAt(sentence, at);
        const { text, notes } = repairGarbling(garbled);
        const flagged = notes.some((n) => n.status === 'flagged');
        expect(notes.length, `nothing noticed in ${garbled}`).toBeGreaterThan(0);
        if (!flagged) expect(text).toBe(pageFold(sentence));
      }),
      { seed: 20231229, numRuns: 80 },
    );
  });

  it('marks a character whose trail byte the decoder lost with 〓 and names the characters it can be', () => {
    // 。 then 共112: the out-of-step 共 meets the digit 1, which cannot pair with it, and the decoder prints U+FFFD.
    const sentence = '走訪企業105家。活動共112項,成效明顯。';
    const garbled = garbleAt(unfoldPunctuation(sentence), sentence.indexOf('。'));
    expect(garbled).toContain('\uFFFD');
    const { text, notes } = repairGarbling(garbled);
    expect(text).toBe('走訪企業105家。活動〓112項,成效明顯。');
    expect(notes[0]).toMatchObject({ status: 'flagged' });
    expect(notes[0]!.why).toContain('lost for good');
    // Every suggestion fills 〓 with a character whose GBK code starts with 共's surviving lead byte, 0xB9.
    expect(notes[0]!.suggestions.length).toBeGreaterThan(0);
    for (const s of notes[0]!.suggestions) expect(gbkBytesOf(s.slice('。活動'.length, '。活動'.length + 1))?.[0]).toBe(0xb9);
  });

  it('reads a comma whose first out-of-step pair the page dropped, and flags the character that went with it', () => {
    // 0xAC, the comma's trail byte, starts a user-defined code: the page printed nothing for (0xAC, 该's lead byte).
    const sentence = unfoldPunctuation('据介绍，该项目总投资约十五亿元。');
    const garbled = garbleAt(sentence, sentence.indexOf('，'), 'drop');
    expect(garbled.startsWith('据介绍?孟')).toBe(true);
    const { text, notes } = repairGarbling(garbled);
    expect(text.startsWith('据介绍,〓项目总投资约')).toBe(true);
    expect(notes[0]!.status).toBe('flagged');
    expect(notes[0]!.suggestions[0]!.startsWith(',该项目总投资约')).toBe(true);
  });
});

describe('repairGarbling on a lone ?', () => {
  it('reports a ? between two quoted names as a separator the page could not encode', () => {
    const { text, notes } = repairGarbling('舉辦安徽“雙創匯”?宿州“科創心連心”活動。');
    expect(text).toBe('舉辦安徽“雙創匯”·宿州“科創心連心”活動。');
    expect(notes[0]).toMatchObject({ status: 'separator', published: '“雙創匯”?宿州“科創心連心”' });
  });

  it('flags, but leaves alone, a ? between two plain words: a separator or a question mark, only a curator can tell', () => {
    const { text, notes } = repairGarbling('記者:您好?我是拂曉報記者。');
    expect(text).toBe('記者:您好?我是拂曉報記者。');
    expect(notes[0]).toMatchObject({ status: 'flagged', suggestions: ['·'] });
  });

  it('keeps a question mark inside a question that goes on', () => {
    const line = '请问活动有什么影响?我们想了解一下。';
    expect(repairGarbling(line)).toEqual({ text: line, notes: [] });
  });

  it('flags a ? that ends a sentence asking nothing: its 。 may have lost both bytes', () => {
    const { text, notes } = repairGarbling('感謝各位媒體記者朋友們的到來?');
    expect(text).toBe('感謝各位媒體記者朋友們的到來?');
    expect(notes[0]).toMatchObject({ status: 'flagged', suggestions: ['。'] });
  });
});
