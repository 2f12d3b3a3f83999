import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findMojibake, mendMojibakeText } from '../../src/kb/mojibake.ts';
import { encodeGbk } from '../../src/kb/gbk.ts';
import { SEED_TRANSCRIPT } from '../helpers/paths.ts';

/** How a page garbles UTF-8 text by reading its bytes as GBK. */
function utf8AsGbk(text: string): string {
  return new TextDecoder('gbk').decode(Buffer.from(text, 'utf8'));
}

describe('garbling other than the one-byte shift', () => {
  it('drops 锟斤拷 runs (Simplified and Traditional) and runs of question marks, saying the characters are lost', () => {
    const line = '通过12345热线转办及锟斤拷锟斤拷来信来访等渠道，在黨委政府的錕斤拷錕斤拷支持下，检测阳性率？？？？明显下降';
    const spans = findMojibake(line);
    expect(spans.map((s) => [s.published, s.repaired, s.lost])).toEqual([
      ['锟斤拷锟斤拷', '', true],
      ['錕斤拷錕斤拷', '', true],
      ['？？？？', '', true],
    ]);
    expect(mendMojibakeText(line).text).toBe('通过12345热线转办及来信来访等渠道，在黨委政府的支持下，检测阳性率明显下降');
  });

  it('restores UTF-8 read as GBK from the bytes, when the decoded words are far likelier', () => {
    for (const word of ['全市', '持续向好', '安全隐患', '汇算服务专区']) {
      const garbled = utf8AsGbk(word);
      expect(encodeGbk(garbled).bytes.length).toBeGreaterThan(0);
      const [span] = findMojibake(`今年${garbled}工作`);
      expect(span?.repaired).toBe(word);
    }
  });

  it('finds nothing in clean text: the seed transcript, and rare characters that happen to decode', () => {
    const seed = readFileSync(SEED_TRANSCRIPT, 'utf8');
    expect(seed.split('\n').flatMap((line) => findMojibake(line))).toEqual([]);
    expect(findMojibake('请问？这是真的吗？')).toEqual([]);
    expect(findMojibake('鄂尔多斯市鄂托克旗')).toEqual([]);
  });
});
