import { describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../src/index.ts';
import { DEVSET_HALVES, scoreConversations, scoreDevset, totalOf, type DevsetHalf } from '../src/eval/devset.ts';

/**
 * The development set's floors (test/fixtures/devset): releases the code was not written for, questions written
 * blind. A change that loses ground here loses it on the next release an office publishes. The figures each
 * floor stands under are in the README (npm run eval -- --devset SET [--conversations], SET one of DEVSET_HALVES).
 */
const FLOORS: Record<DevsetHalf, { answerable: number; refused: number; conversations: number }> = {
  tune: { answerable: 0.78, refused: 0.85, conversations: 0.8 },
  tune2: { answerable: 0.73, refused: 0.9, conversations: 0.72 },
  // Scored once (alone 105/140 and 30/42, beside 105/140 and 28/42, conversations 19/30 and 19/30), then tuned on.
  holdout: { answerable: 0.78, refused: 0.76, conversations: 0.72 },
  // Scored once (alone 106/140 and 33/42, beside 104/140 and 33/42, conversations 23/30), then tuned on.
  holdout2: { answerable: 0.74, refused: 0.82, conversations: 0.8 },
  // Scored once at the end of the round (alone 106/140 and 29/42, beside 108/140 and 29/42, conversations 20/30).
  holdout3: { answerable: 0.75, refused: 0.68, conversations: 0.8 },
  // Written blind for this round and tuned on (at its start: alone 93/140 and 35/42, conversations 19/30).
  tune4: { answerable: 0.8, refused: 0.76, conversations: 0.7 },
  // Written blind with tune4 and scored once at the end of the round (alone and beside 112/140 and 28/42,
  // conversations 22/30; the code at the round's start: 95/140 and 27/42, conversations 22/30).
  holdout4: { answerable: 0.76, refused: 0.68, conversations: 0.72 },
  // Written blind at the start of the next round, kept untouched until its end and scored once with 7cadfe7 (alone
  // 97/140 and 26/42, beside 98/140 and 26/42, conversations 21/30; the round's start, 6b4832f: 99/140 and 24/42,
  // conversations 21/30). Fixes from its failures since: 103/140 and 27/42, conversations 24/30.
  holdout5: { answerable: 0.68, refused: 0.57, conversations: 0.7 },
  // Written blind for the round after and tuned on (at its start: alone 112/140 and 32/42, conversations 26/30;
  // at its end 121/140 and 37/42, conversations 28/30).
  tune5: { answerable: 0.82, refused: 0.8, conversations: 0.85 },
  // Written blind with tune5, kept untouched and scored once at the round's end with 37506ee (alone 113/140 and 33/42,
  // beside 111/140 and 33/42, conversations 23/30; the round's start, bbf4c22: 112/140 and 32/42, conversations
  // 24/30). Fixes from its failures since (案子 for 案件, 头十个月, 按年): 121/140 and 32/42, conversations 24/30.
  holdout6: { answerable: 0.8, refused: 0.72, conversations: 0.72 },
  // Written blind for the round after and tuned on (at its start, bf84c77: alone 119/140 and 30/42, conversations
  // 23/30).
  tune6: { answerable: 0.84, refused: 0.72, conversations: 0.74 },
  // Written blind at the end of the round before, kept untouched and scored once at this round's end with 69a6371
  // (alone and beside 117/140 and 36/42, conversations 23/30; the round's start, bf84c77: 116/140 and 35/42,
  // conversations 23/30).
  holdout7: { answerable: 0.8, refused: 0.8, conversations: 0.72 },
  // Written blind mid-round, kept outside the repository and scored once at its end with f62d83c (alone and beside
  // 119/140 and 34/42, conversations 26/30 alone, 25/30 beside; the round's start, bf84c77: 118/140 and 33/42,
  // conversations 26/30 and 25/30).
  holdout8: { answerable: 0.82, refused: 0.76, conversations: 0.78 },
  // Written blind for this round and tuned on (at its start, 99b51a7: alone 117/140 and 27/42, conversations 25/30;
  // at its end 133/140 and 32/42, conversations 28/30).
  tune7: { answerable: 0.92, refused: 0.74, conversations: 0.86 },
  // Written blind at the end of the round before, kept outside the repository and scored once at this round's end
  // with cfcd877 (alone and beside 118/140 and 30/42, conversations 24/30; the round's start, 99b51a7: the same
  // 118/140 and 30/42, conversations 25/30). Tuned on since: 123/140 and 32/42, conversations 25/30.
  holdout9: { answerable: 0.86, refused: 0.74, conversations: 0.8 },
  // Written blind for the round after holdout9's score and tuned on (at its start, 7276b96: alone 116/140 and 32/42,
  // beside 116/140 and 31/42, conversations 25/30 alone and 24/30 beside; at its end, 5c00ad3: alone 130/140 and
  // 34/42, beside 128/140 and 33/42, conversations 26/30 and 25/30). Its refused floor fell to 0.76 when a Traditional
  // compound question came to be taken apart as a Simplified one is (r50-52 is now part-answered, 32/42 beside).
  tune8: { answerable: 0.9, refused: 0.76, conversations: 0.83 },
  // Written blind at the end of the round before, kept outside the repository and scored once at this round's end
  // with 5c00ad3 (alone and beside 125/140 and 35/42, conversations 25/30; the round's start, 7276b96: 124/140 and
  // 35/42, conversations 25/30).
  holdout10: { answerable: 0.88, refused: 0.83, conversations: 0.83 },
  // Written blind at the start of the round that scored holdout10's successor and tuned on (start, ccc653f: alone and
  // beside 122/140 and 28/42, conversations 25/30; end: 130/140 and 34/42, conversations 27/30). Refused lowered to
  // 0.78 in the holdout15 round: finding a one-character word inside the releases' longer words (驾 in 驾驶) gained ten
  // answers across the sets and cost tune9 the near-miss 今年查处酒驾醉驾多少起 (33/42).
  tune9: { answerable: 0.92, refused: 0.78, conversations: 0.88 },
  // Written blind at the end of the round before, kept outside the repository and scored once at this round's end
  // with 1c1f9b7: alone and beside 116/140 and 29/42, conversations 25/30 alone and 23/30 beside, the same as at
  // the round's start (ccc653f).
  holdout11: { answerable: 0.82, refused: 0.68, conversations: 0.76 },
  // Written blind at the start of the round that scored holdout12 and tuned on (start, 8263d74: alone and beside
  // 124/140 and 36/42, conversations 26/30; end: 134/140 and 42/42, conversations 28/30).
  tune10: { answerable: 0.95, refused: 0.97, conversations: 0.9 },
  // Written blind at the end of the round before, kept outside the repository and scored once at this round's end:
  // alone 122/140 and 32/42, beside 121/140 and 32/42, conversations 25/30 (the round's start, 8263d74: 121/140 and
  // 31/42, beside 120/140 and 31/42, conversations 25/30).
  holdout12: { answerable: 0.85, refused: 0.74, conversations: 0.8 },
  // Written blind at the start of the round that scored holdout13 and tuned on (start, dc0cf35: alone and beside
  // 98/140 and 33/42, conversations 21/30; end: 108/140 and 37/42, conversations 23/30).
  tune11: { answerable: 0.75, refused: 0.85, conversations: 0.73 },
  // Written blind at the start of this round, kept outside the repository and scored at its start (666ea93) and once
  // at its end: alone and beside 104/140 and 36/42 (start 103/140 and 36/42), conversations 25/30 alone and 24/30
  // beside (the same at the start).
  holdout13: { answerable: 0.72, refused: 0.83, conversations: 0.78 },
  // Written blind at the start of the round that scored holdout14, and tuned on (start, 4f32044: alone 107/140 and
  // 30/42, beside 106/140 and 30/42, conversations 22/30 alone and 20/30 beside; end: alone 113/140 and 35/42, beside
  // 112/140 and 35/42, conversations 24/30 and 22/30).
  tune12: { answerable: 0.79, refused: 0.83, conversations: 0.76 },
  // Written blind and sealed in the repository at the end of the round before; scored at this round's start (4f32044:
  // alone and beside 96/140 and 33/42, conversations 22/30 and 22/30) and once at its end (2efc1a7: 96/140 and 34/42,
  // 22/30 and 22/30). Its failures were studied after that: 99/140 and 35/42, 22/30 and 22/30.
  holdout14: { answerable: 0.69, refused: 0.8, conversations: 0.73 },
  // Written blind at the start of the round that scored holdout15, and tuned on (start, 265f4ce: alone and beside
  // 109/140 and 31/42, conversations 24/30 alone and beside; end: alone 114/140 and 35/42, beside 113/140 and 35/42,
  // conversations 25/30 and 25/30). Its conversations' floor went from 0.83 to 0.8 in the round that scored holdout18:
  // 补贴 read as the release's 补助 answers three questions more and answers r80-c08's 他们每天有补贴吗，多少钱 (after a
  // question of 大学生志愿者) with the teachers' 补助, where it was refused for 补贴 alone.
  tune13: { answerable: 0.8, refused: 0.83, conversations: 0.8 },
  // Written blind and sealed in the repository two rounds before; scored at this round's start (265f4ce: alone and
  // beside 106/140, refused 36/42 alone and 37/42 beside, conversations 21/30 and 21/30) and once at its end
  // (c54162b: the same). Its failures were studied after that: 109/140, 36/42, 21/30.
  holdout15: { answerable: 0.75, refused: 0.85, conversations: 0.7 },
  // Written blind at the start of the round that scored holdout16, and tuned on (start, f61d98d: alone 101/140 and
  // 38/42, beside 102/140 and 38/42, conversations 19/30 alone and beside; end, f59d68f: alone 120/140 and 39/42,
  // beside 121/140 and 39/42, conversations 24/30 and 24/30).
  tune14: { answerable: 0.83, refused: 0.88, conversations: 0.76 },
  // Written blind and sealed in the repository two rounds before; scored at this round's start (0970d8b: alone and
  // beside 101/140 and 36/42, conversations 20/30 and 20/30) and once at its end (f59d68f: 100/140 and 37/42, 21/30
  // and 21/30).
  holdout16: { answerable: 0.69, refused: 0.85, conversations: 0.66 },
  // Written blind at the start of the round that scored holdout17 and tuned on (before tuning, cb54d58: alone and
  // beside 93/140 and 35/42, all at once 78/140 and 35/42, conversations 24/30 and 23/30; at its end, 9a58c6d:
  // 111/140 and 35/42, all at once 97/140 and 35/42, conversations 26/30 and 25/30).
  tune15: { answerable: 0.78, refused: 0.82, conversations: 0.8 },
  // Written blind and sealed in the repository the round before; scored at this round's start (ad71a76: alone and
  // beside 105/140 and 36/42, all at once 95/140 and 29/42, conversations 24/30 and 24/30) and once at its end
  // (9a58c6d: 105/140 and 36/42, all at once 94/140 and 29/42, conversations 23/30 and 23/30).
  holdout17: { answerable: 0.74, refused: 0.85, conversations: 0.74 },
  // Written blind at the start of the round that scored holdout18, and tuned on (before tuning, 0f90eb6: alone and
  // beside 110/140 and 36/42, all at once 103/140 and 33/42, conversations 23/30 and 23/30; at its end, 564955a:
  // 128/140 and 40/42, all at once 117/140 and 36/42, conversations 26/30 and 26/30).
  tune16: { answerable: 0.89, refused: 0.92, conversations: 0.83 },
  // Written blind and sealed in the repository the round before; scored at this round's start (e5745d5: alone and
  // beside 114/140 and 36/42, all at once 102/140 and 32/42, conversations 24/30 and 24/30) and once at its end
  // (564955a: 113/140 and 36/42, all at once 103/140 and 32/42, conversations 24/30 and 24/30).
  holdout18: { answerable: 0.79, refused: 0.83, conversations: 0.76 },
  // Written blind at the start of the round that scored holdout19, and tuned on (before tuning, 9152a4d: alone and
  // beside 109/140 and 34/42, all at once 96/140 and 32/42, conversations 23/30 and 22/30; at its end, 84a65c6:
  // 126/140 and 37/42, all at once 109/140 and 35/42, conversations 26/30 and 25/30).
  tune17: { answerable: 0.88, refused: 0.88, conversations: 0.83 },
  // Written blind and sealed in the repository the round before; scored at this round's start (e23aa41: alone
  // 112/140 and 35/42, beside 111/140 and 35/42, all at once 100/140 and 30/42, conversations 21/30 and 21/30) and
  // once at its end (84a65c6: alone 112/140 and 35/42, beside 111/140 and 35/42, all at once 101/140 and 30/42,
  // conversations 22/30 and 22/30).
  holdout19: { answerable: 0.79, refused: 0.83, conversations: 0.73 },
  // Written blind at the start of the round that scored holdout20, and tuned on (before tuning, 1672f6f: alone and
  // beside 115/140 and 33/42, all at once 100/140 and 31/42, conversations 21/30 and 21/30; at its end, 87ae78f:
  // alone 122/140 and 35/42, beside 121/140 and 35/42, all at once 103/140 and 31/42, conversations 24/30 and 24/30).
  tune18: { answerable: 0.86, refused: 0.82, conversations: 0.77 },
  // Written blind and sealed in the repository the round before; scored at this round's start (1672f6f: alone
  // 114/140 and 28/42, beside 115/140 and 28/42, all at once 94/140 and 26/42, conversations 22/30 and 22/30) and
  // once at its end (a20cb41: the same, every figure).
  holdout20: { answerable: 0.81, refused: 0.66, conversations: 0.73 },
  // Written blind at the start of the round that scored holdout21, and tuned on (before tuning, c3788e2: alone
  // 113/140 and 33/42, beside 114/140 and 33/42, all at once 95/140 and 31/42, conversations 22/30 and 22/30; at its
  // end, 69065c9: alone 118/140 and 36/42, beside 119/140 and 36/42, all at once 100/140 and 33/42, conversations
  // 26/30 and 26/30). The tune29 round traded one of its conversations (r115-c07, a refusal of 具体是哪个村 after a
  // question on typical cases, which 具体 read as a word to hold had kept) for 4 answers and 2 conversations elsewhere
  // when it read 具体 before a question word as pressing the question: 25/30.
  tune19: { answerable: 0.84, refused: 0.85, conversations: 0.83 },
  // Written blind and sealed in the repository the round before; scored at this round's start (c3788e2: alone
  // 107/140 and 35/42, beside 106/140 and 35/42, all at once 92/140 and 30/42, conversations 20/30 and 21/30) and
  // once at its end (69065c9: alone 108/140 and 35/42, beside 107/140 and 35/42, all at once 93/140 and 29/42,
  // conversations 21/30 and 22/30).
  holdout21: { answerable: 0.76, refused: 0.83, conversations: 0.7 },
  // Written blind at the start of the round that scored holdout22, and tuned on (before tuning, a65d842: alone
  // 102/140 and 39/42, beside 102/140 and 39/42, all at once 81/140 and 39/42, conversations 22/30 and 21/30; at its
  // end, 09ee78e: alone 122/140 and 40/42, beside 122/140 and 40/42, all at once 97/140 and 40/42, conversations 26/30
  // and 25/30).
  tune20: { answerable: 0.87, refused: 0.95, conversations: 0.85 },
  // Written blind and sealed in the repository the round before; scored at this round's start (a65d842: alone
  // 101/140 and 31/42, beside 100/140 and 31/42, all at once 86/140 and 30/42, conversations 20/30 and 20/30) and
  // once at its end (09ee78e: the same but conversations, 21/30 and 21/30).
  holdout22: { answerable: 0.71, refused: 0.73, conversations: 0.7 },
  // Written blind at the start of the round that scored holdout23, and tuned on (before tuning, b26eb11: alone
  // 103/140 and 33/42, beside 104/140 and 33/42, all at once 92/140 and 31/42, conversations 18/30 and 18/30; at its
  // end, 5b18a62: alone 108/140 and 34/42, beside 109/140 and 34/42, all at once 97/140 and 32/42, conversations
  // 19/30 and 19/30).
  tune21: { answerable: 0.77, refused: 0.8, conversations: 0.63 },
  // Written blind and sealed in the repository the round before; scored at this round's start (b26eb11: alone
  // 116/140 and 32/42, beside 115/140 and 31/42, all at once 104/140 and 25/42, conversations 22/30 and 23/30) and
  // once at its end (5b18a62: alone 117/140 and 32/42, beside 116/140 and 32/42, all at once 104/140 and 26/42,
  // conversations 22/30 and 23/30). The review after it kept a chat remark that names what the releases speak of as the
  // question's (−1 answered alone and beside, +1 refused): 0.81, not 0.82.
  holdout23: { answerable: 0.81, refused: 0.76, conversations: 0.74 },
  // Written blind at the start of the round that scored holdout24, and tuned on (before tuning, 8fe1226: alone
  // 98/140 and 33/42, beside 99/140 and 33/42, all at once 87/140 and 32/42, conversations 19/30 and 19/30; at its
  // end, d3d2f0f: alone 116/140 and 35/42, beside 116/140 and 35/42, all at once 100/140 and 33/42, conversations
  // 20/30 and 20/30).
  tune22: { answerable: 0.82, refused: 0.83, conversations: 0.66 },
  // Written blind and sealed in the repository the round before; scored at this round's start (e6f91b8: alone
  // 97/140 and 39/42, beside 97/140 and 39/42, all at once 88/140 and 38/42, conversations 18/30 and 18/30) and
  // once at its end (d3d2f0f: alone 98/140 and 39/42, beside 98/140 and 39/42, all at once 89/140 and 37/42,
  // conversations 18/30 and 18/30).
  holdout24: { answerable: 0.69, refused: 0.92, conversations: 0.59 },
  // Written blind at the start of the round that scored holdout25, and tuned on (before tuning, 8982741: alone
  // 107/140 and 34/42, beside 107/140 and 34/42, all at once 88/140 and 24/42, conversations 21/30 and 20/30; at its
  // end, d405796: alone 119/140 and 36/42, beside 119/140 and 36/42, all at once 95/140 and 26/42, conversations
  // 22/30 and 21/30).
  tune23: { answerable: 0.84, refused: 0.85, conversations: 0.69 },
  // Written blind and sealed in the repository the round before; scored at this round's start (8982741: alone
  // 113/140 and 33/42, beside 113/140 and 33/42, all at once 101/140 and 25/42, conversations 22/30 and 23/30) and
  // once at its end (d405796: the same in every mode). The tune30 round traded one of its conversations (r136-c08, a
  // refusal of 剩下的钱具体用在哪些项目上 that 三年 read as a stated count had kept) for 9 answers in other sets, when a span
  // of time stated stopped counting things to list: 22/30 and 21/30 since.
  holdout25: { answerable: 0.8, refused: 0.78, conversations: 0.71 },
  // Written blind at the start of the round that scored holdout26, and tuned on (before tuning, d0072c4: alone
  // 97/140 and 33/42, beside 97/140 and 33/42, all at once 84/140 and 27/42, conversations 20/30 and 20/30; at its
  // end, 706aa5e: alone 106/140 and 36/42, beside 106/140 and 36/42, all at once 93/140 and 30/42, conversations
  // 22/30 and 22/30).
  tune24: { answerable: 0.75, refused: 0.85, conversations: 0.73 },
  // Written blind and sealed in the repository the round before; scored at this round's start (d0072c4: alone
  // 103/140 and 28/42, beside 102/140 and 27/42, all at once 90/140 and 22/42, conversations 24/30 and 24/30) and
  // once at its end (706aa5e: the same, but all at once 23/42 refused).
  holdout26: { answerable: 0.72, refused: 0.64, conversations: 0.79 },
  // Written blind at the start of the round that scored holdout27, and tuned on (before tuning, 4033606: alone
  // 106/140 and 29/42, beside 106/140 and 29/42, all at once 89/140 and 22/42, conversations 22/30 and 22/30; at its
  // end, 903101e: alone 108/140 and 29/42, beside 107/140 and 29/42, all at once 89/140 and 22/42, conversations
  // 22/30 and 22/30).
  tune25: { answerable: 0.76, refused: 0.69, conversations: 0.73 },
  // Written blind and sealed in the repository the round before; scored at this round's start (4033606: alone
  // 104/140 and 29/42, beside 103/140 and 28/42, all 150 development releases at once 80/140 and 26/42,
  // conversations 23/30 and 23/30) and once at its end (903101e: the same, but all 153 at once 81/140 answered).
  holdout27: { answerable: 0.73, refused: 0.66, conversations: 0.76 },
  // Written blind at the start of the round that scored holdout28, and tuned on (before tuning, da2b3da: alone
  // 110/140 and 33/42, beside 112/140 and 33/42, all at once 102/140 and 30/42, conversations 23/30 and 23/30; at its
  // end, d0c01d2: alone 115/140 and 33/42, beside 116/140 and 33/42, all at once 106/140 and 30/42, conversations
  // 23/30 and 23/30).
  tune26: { answerable: 0.82, refused: 0.78, conversations: 0.76 },
  // Written blind and sealed in the repository the round before; scored at this round's start (da2b3da: alone
  // 99/140 and 38/42, beside 99/140 and 38/42, all 156 development releases at once 88/140 and 33/42, conversations
  // 23/30 and 23/30) and once at its end (d0c01d2: the same in every mode, all 159 releases at once).
  holdout28: { answerable: 0.7, refused: 0.9, conversations: 0.76 },
  // Written blind at the start of the round that scored holdout29, and tuned on (before tuning, f622f01: alone
  // 115/140 and 33/42, beside 115/140 and 33/42, all at once 103/140 and 33/42, conversations 23/30 and 20/30; at its
  // end, 4e7adf3: alone 118/140 and 32/42, beside 118/140 and 32/42, all at once 106/140 and 32/42, conversations
  // 23/30 and 20/30).
  tune27: { answerable: 0.84, refused: 0.76, conversations: 0.66 },
  // Written blind and sealed in the repository the round before; scored at this round's start (f622f01: alone
  // 110/140 and 32/42, beside 110/140 and 33/42, all 162 development releases at once 85/140 and 29/42, conversations
  // 19/30 and 18/30) and once at its end (4e7adf3: the same in every mode, all 165 releases at once).
  holdout29: { answerable: 0.78, refused: 0.76, conversations: 0.6 },
  // Written blind at the start of the round that scored holdout30, and tuned on (before tuning, aa7ad9c: alone
  // 110/140 and 33/42, beside 110/140 and 33/42, all at once 85/140 and 30/42, conversations 23/30 and 23/30; at its
  // end, be2276b: alone 116/140 and 33/42, beside 116/140 and 33/42, all at once 92/140 and 30/42, conversations
  // 24/30 and 24/30).
  tune28: { answerable: 0.82, refused: 0.78, conversations: 0.8 },
  // Written blind and sealed in the repository the round before; scored at this round's start (aa7ad9c: alone
  // 106/140 and 32/42, beside 105/140 and 32/42, all 168 development releases at once 86/140 and 24/42, conversations
  // 23/30 and 24/30) and once at its end (be2276b: the same in every mode, all 171 releases at once).
  holdout30: { answerable: 0.75, refused: 0.76, conversations: 0.76 },
  // Written blind at the start of the round that scored holdout31, and tuned on (before tuning, c5862c9: alone
  // 110/140 and 36/42, beside 110/140 and 36/42, all at once 94/140 and 32/42, conversations 18/30 and 18/30; at its
  // end, cd8f390: alone 120/140 and 36/42, beside 120/140 and 36/42, all at once 100/140 and 32/42, conversations
  // 22/30 and 22/30).
  tune29: { answerable: 0.85, refused: 0.85, conversations: 0.73 },
  // Written blind and sealed in the repository the round before; scored at this round's start (212dbf8: alone
  // 125/140 and 30/42, beside 124/140 and 30/42, all 174 development releases at once 92/140 and 26/42, conversations
  // 21/30 and 21/30) and once at its end (cd8f390: alone 125/140 and 31/42, beside 124/140 and 31/42, all 177
  // releases at once 92/140 and 27/42, conversations 20/30 and 20/30).
  holdout31: { answerable: 0.88, refused: 0.73, conversations: 0.66 },
  // Written blind at the start of the round that scored holdout32, and tuned on (before tuning, 60603cc: alone
  // 110/140 and 29/42, beside 110/140 and 29/42, all at once 90/140 and 27/42, conversations 22/30 and 22/30; at its
  // end, fad617d: alone 117/140 and 33/42, beside 117/140 and 33/42, all at once 96/140 and 30/42, conversations
  // 24/30 and 24/30).
  tune30: { answerable: 0.83, refused: 0.78, conversations: 0.8 },
  // Written blind and sealed in the repository the round before; scored at this round's start (da30eed: alone
  // 117/140 and 24/42, beside 117/140 and 25/42, all 180 development releases at once 107/140 and 22/42, conversations
  // 18/30 and 18/30) and once at its end (fad617d: alone 117/140 and 25/42, beside 117/140 and 26/42, all 183
  // releases at once 107/140 and 23/42, conversations 18/30 and 18/30).
  // (Answerable lowered from 0.83 at the tune31 round's end: not answering the asker's story as a question lost seed-07,
  // right only through its story's passage, for 3 answers and refusals elsewhere, 2 of them here.)
  holdout32: { answerable: 0.82, refused: 0.59, conversations: 0.6 },
  // Tuned on in the round that scored holdout33: before tuning (932a787) alone 121/140 and 35/42, conversations 28/30;
  // at the round's end (fccb629) alone 127/140 and 35/42, beside the same, conversations 28/30 and 28/30.
  tune31: { answerable: 0.9, refused: 0.83, conversations: 0.93 },
  // Written blind and sealed in the repository the round before; scored at this round's start (2e5f524: alone
  // 107/140 and 30/42, beside 107/140 and 29/42, all 186 development releases at once 100/140 and 27/42, conversations
  // 24/30 and 24/30) and once at its end (fccb629: alone 109/140 and 30/42, beside 109/140 and 29/42, all 189
  // releases at once 101/140 and 27/42, conversations 24/30 and 24/30).
  holdout33: { answerable: 0.77, refused: 0.69, conversations: 0.8 },
  // Tuned on in the round that scored holdout34: before tuning (8013b3e) alone 118/140 and 33/42, beside 117/140 and
  // 33/42, conversations 24/30; at the round's end (15cd416) alone 126/140 and 35/42, beside 124/140 and 35/42,
  // conversations 25/30 and 25/30.
  tune32: { answerable: 0.88, refused: 0.83, conversations: 0.83 },
  // Tuned on in the round that scored holdout35: before tuning (628d54a) alone 111/140 and 35/42, beside 111/140 and
  // 35/42, conversations 20/30; at the round's end (8981fe5) alone 113/140 and 36/42, beside 113/140 and 36/42,
  // conversations 22/30 and 22/30.
  tune33: { answerable: 0.8, refused: 0.85, conversations: 0.73 },
  // Written blind and sealed in the repository the round before; scored at this round's start (cb06f63: alone
  // 102/140 and 33/42, beside 103/140 and 33/42, all 192 development releases at once 88/140 and 26/42, conversations
  // 22/30 and 22/30) and once at its end (15cd416: the same, with all 195 releases at once 88/140 and 26/42).
  holdout34: { answerable: 0.72, refused: 0.78, conversations: 0.73 },
  // Written blind and sealed in the repository the round before; scored at this round's start (4fa6c4d: alone
  // 113/140 and 32/42, beside 113/140 and 32/42, all 198 development releases at once 89/140 and 30/42, conversations
  // 22/30 and 22/30) and once at its end (8981fe5: the same, with all 201 releases at once 89/140 and 30/42).
  holdout35: { answerable: 0.8, refused: 0.76, conversations: 0.73 },
};

const engines = new Map<string, Promise<Engine>>();
function engineFor(dirs: string[]): Promise<Engine> {
  const key = dirs.join(':');
  if (!engines.has(key)) engines.set(key, createEngine({ knowledgeDirs: dirs, cacheDir: false }));
  return engines.get(key)!;
}

describe.each(DEVSET_HALVES)('development set, %s half', (half) => {
  it('keeps its floors with each release alone and beside the bundled one', async () => {
    const scores = await scoreDevset(half, async (dirs) => {
      const engine = await engineFor(dirs);
      return (q) => engine.answer(q);
    }, ['alone', 'beside']);
    for (const mode of ['alone', 'beside'] as const) {
      const { answerable: [ap, at], refused: [rp, rt] } = totalOf(scores, mode);
      console.log(`${half} ${mode}: answerable ${ap}/${at}, refused ${rp}/${rt}`);
      expect(ap / at).toBeGreaterThanOrEqual(FLOORS[half].answerable);
      expect(rp / rt).toBeGreaterThanOrEqual(FLOORS[half].refused);
    }
  });

  it('keeps its floor on the last turn of its conversations', async () => {
    const results = await scoreConversations(half, async (dirs) => {
      const engine = await engineFor(dirs);
      return (conversation, q) => engine.converse(conversation, q);
    });
    const passed = results.filter((r) => r.passed).length;
    console.log(`${half} conversations: ${passed}/${results.length}`);
    expect(passed / results.length).toBeGreaterThanOrEqual(FLOORS[half].conversations);
  });
});
