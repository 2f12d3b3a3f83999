/**
 * Words typed with a pinyin input method that picked the wrong candidate: 院事 for 院士, 依拖 for 依托, 接段 for 阶段.
 * The slip sounds the same, so a word the releases never use is read as one of theirs that it sounds like (tones
 * aside, which the input method does not ask for). pinyin-pro gives the readings (a well-kept library with its own
 * dictionary of words and polyphones: 长 is chang or zhang, and the word it stands in settles which).
 */
import { createRequire } from 'node:module';

/** pinyin-pro, loaded when a question first needs it (its dictionaries take ~16 MB; most questions never do). */
let pinyinPro: typeof import('pinyin-pro') | undefined;
/** The syllables of a text without tones, as pinyin-pro reads them in their words. */
function syllables(text: string): string[] {
  pinyinPro ??= createRequire(import.meta.url)('pinyin-pro') as typeof import('pinyin-pro');
  return pinyinPro.pinyin(text, { toneType: 'none', type: 'array' });
}

/** The key a word is filed under: its syllables without tones, in the reading its characters take together. */
export function soundKey(word: string): string {
  return syllables(word).join(' ');
}

/**
 * The words of `byKey` (filed by {@link soundKey}) that a stretch of the typed word sounds like: the whole word, or
 * all of it but a character at either end (院事作, a slip and the verb jieba joined to it, sounds 院士 in 院事).
 */
export function soundsLike(typed: string, byKey: ReadonlyMap<string, readonly string[]>): string[] {
  const chars = [...typed];
  const stretches = chars.length <= 2 ? [chars] : [chars, chars.slice(0, -1), chars.slice(1)];
  const found = new Set<string>();
  for (const stretch of stretches) {
    // (In the reading its characters take together, as the input method offered them: 查实 is cha shi, not the
    // zha shi of 扎实, though 查 is read zha as a surname.)
    const spelled = stretch.join('');
    for (const word of byKey.get(soundKey(spelled)) ?? []) if (word !== spelled) found.add(word);
    if (found.size > 0) break;
  }
  return [...found];
}
