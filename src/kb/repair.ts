import { charModel, type CharModel } from './charModel.ts';
import { lostCharacterReadings } from './lostCharacter.ts';
import { wordBoundaries } from './segment.ts';
import { LOST_CHARACTER, MAX_RUN, shiftReadings, type ShiftReading } from './shift.ts';

/**
 * Finds and repairs the GBK one-byte-shift garbling of published transcripts, and says for every change whether it
 * is certain. A `?` followed by a run of unlikely characters (系列活動?,F就我市) is read back as bytes, the lost lead
 * byte of the full-width mark put back, and decoded again (系列活動。現就我市). What the bytes cannot settle is
 * flagged for the curator with the likely readings, never guessed silently; a lone `?` between names (“雙創匯”?宿州)
 * is reported as a separator the page could not encode.
 */

/** What happened at one place in the text. */
export type RepairStatus =
  /** Restored from the bytes; nothing is uncertain. */
  | 'repaired'
  /** A `?` between names replaced by `·`: the page printed `?` for a separator it could not encode. */
  | 'separator'
  /** Changed (or left alone) but a curator must check: a byte is lost, two readings fit, or a character may be missing. */
  | 'flagged';

/** One repair or flag, with where it is, what was published, what it became and why. */
export interface RepairNote {
  /** 1-based line in the text given. */
  line: number;
  status: RepairStatus;
  /** The published span with a couple of words of context either side. */
  published: string;
  /** The same span after the repair; equal to `published` when the text was left alone. */
  repaired: string;
  why: string;
  /** For flags: likely readings of the span, best first. */
  suggestions: string[];
}

/** The repaired text and every note. */
export interface RepairResult {
  text: string;
  notes: RepairNote[];
}

/** Options for {@link repairGarbling}. */
export interface RepairOptions {
  /** The plausibility judge; default: the model counted from nodejieba's dictionary. */
  model?: CharModel;
}

/** How much likelier (natural log) the repaired text must be than the published one to count as garbled. */
const GARBLED_GAIN = 4;
/** A reading this close to the garbled threshold is suspicious enough to flag, though it is not applied. */
const SUSPECT_GAIN = -6;
/** A second reading this close to the best one makes the choice between them a guess. */
const RIVAL_MARGIN = 8;
/** Below this average log-likelihood per character, text is not Chinese anyone wrote (normal text: about −6). */
const GARBAGE_PER_CHAR = -9.5;
/** The extra cost of a reading in which the page also dropped bytes: rarer than a clean shift. */
const LOST_BYTE_CHARGE = 4;
/** Characters of context the plausibility judge sees either side. */
const JUDGE_CONTEXT = 8;

/** Words that make a sentence a question, in both scripts: a ? after them is a question mark. */
const QUESTION_WORDS = /[吗嗎呢麼么哪谁誰何几幾怎啥]|什么|什麼|多少|是否|如何|为什么|為什麼/u;

/** Repairs every garbled span of `text` line by line, and reports each repair and flag. */
export function repairGarbling(text: string, options: RepairOptions = {}): RepairResult {
  const model = options.model ?? charModel();
  const notes: RepairNote[] = [];
  const lines = text.split('\n').map((line, i) => repairLine(line, i + 1, model, notes));
  return { text: lines.join('\n'), notes };
}

/**
 * How much of the text a decision at one `?` sees: the repaired text behind it (enough for the sentence it stands
 * in and the context of its note) and the published text ahead (a whole out-of-step run and its context). Each
 * `?` is judged on this view rather than on the whole line, so a long paragraph full of `?` repairs in linear time.
 */
const VIEW_BEHIND = 400;
const VIEW_AHEAD = MAX_RUN + 4 * JUDGE_CONTEXT;

function repairLine(original: string, lineNumber: number, model: CharModel, notes: RepairNote[]): string {
  if (!original.includes('?')) return original;
  const out: string[] = [];
  let behind = '';
  const emit = (text: string) => {
    if (text.length === 0) return;
    out.push(text);
    behind = behind.length + text.length > 2 * VIEW_BEHIND ? (behind + text).slice(-VIEW_BEHIND) : behind + text;
  };
  let p = 0;
  for (let q = original.indexOf('?'); q >= 0; q = original.indexOf('?', p)) {
    emit(original.slice(p, q));
    const view = behind + original.slice(q, q + VIEW_AHEAD);
    const v = behind.length;
    p = q + 1;
    if (endsSentence(view, v)) {
      if (!asksSomething(view, v)) {
        const why = 'A ? ends a sentence that asks nothing: it may be a 。 whose GBK bytes were lost (the lead byte printed as ?, the trail byte dropped). Left as published; check the original.';
        notes.push({ line: lineNumber, status: 'flagged', why, suggestions: ['。'], ...withContext(view, v, v + 1, '?') });
      }
      emit('?');
      continue;
    }
    const decision = judge(view, v, model);
    if (!decision) {
      emit('?');
      continue;
    }
    const { replacement, end, status, why, suggestions } = decision;
    notes.push({ line: lineNumber, status, why, suggestions, ...withContext(view, v, end, replacement) });
    emit(replacement);
    p = q + (end - v);
  }
  emit(original.slice(p));
  return out.join('');
}

interface Decision {
  replacement: string;
  end: number;
  status: RepairStatus;
  why: string;
  suggestions: string[];
}

/** Decides what the `?` at `q` is: a lost lead byte (repaired or flagged), a separator, or a real question mark (undefined). */
function judge(line: string, q: number, model: CharModel): Decision | undefined {
  if (line[q + 1] === '\uFFFD') {
    // Both bytes of the mark are gone: its lead printed as ?, its trail met a byte it cannot pair with.
    const likely = q + 2 >= line.length ? ['。', '!', '?'] : [',', '、', '。'];
    return {
      replacement: LOST_CHARACTER,
      end: q + 2,
      status: 'flagged',
      why: `Both GBK bytes of a full-width mark were lost (printed as ?\uFFFD); ${LOST_CHARACTER} marks it, most likely ${likely.join(' or ')}. Check the original.`,
      suggestions: likely,
    };
  }
  const readings = shiftReadings(line, q);
  if (readings.length > 0) {
    const right = Math.min(line.length, Math.max(...readings.map((r) => r.end)) + JUDGE_CONTEXT);
    const left = line.slice(Math.max(0, q - JUDGE_CONTEXT), q);
    const published = model.logLikelihood(left + line.slice(q, right));
    const scored = readings
      .map((reading) => {
        const after = line.slice(reading.end, right);
        const fillings = fillLost(reading, left, after, model);
        // A lost character is filled with the likeliest of its candidates, a free choice the bytes did not make:
        // charge for it, so a reading with losses wins only when it explains the text clearly better.
        const charge = reading.lost.reduce((sum, l) => sum + Math.log(Math.max(2, l.candidates.length)) + LOST_BYTE_CHARGE, 0);
        const rawGain = model.logLikelihood(left + (fillings[0] ?? reading.restored) + after) - published;
        return { reading, fillings, rawGain, gain: rawGain - charge };
      })
      .sort((a, b) => b.gain - a.gain);
    const best = scored[0]!;
    if (best.gain >= GARBLED_GAIN) {
      // A rival is a reading nearly as likely; or one that lost a byte but, filled in, reads better still
      // (，取得了 whose 取 the page dropped reads better than the clean but wrong ！得了).
      const rivals = scored.filter(
        (s) => s !== best && s.reading.restored !== best.reading.restored && (s.gain > best.gain - RIVAL_MARGIN || (s.reading.lost.length > 0 && s.rawGain > best.rawGain)),
      );
      return decideShift(line, best.reading, best.fillings, rivals.map((r) => ({ filled: r.fillings[0] ?? r.reading.restored })), model);
    }
    if (best.gain > SUSPECT_GAIN) return suspect(q, `read back it gives "${best.fillings[0] ?? best.reading.restored}", which is not clearly likelier than the published text`, [best.reading.restored]);
  }
  const following = [...line.slice(q + 1, q + 12)].filter((ch) => /\p{Script=Han}/u.test(ch)).slice(0, 6).join('');
  if (following.length >= 3 && model.logLikelihood(following) / following.length < GARBAGE_PER_CHAR) {
    return suspect(q, 'the characters after it are unlikely in any text, but no reading of the bytes explains them');
  }
  const separator = separatorKind(line, q);
  if (separator === 'between names') {
    return { replacement: '·', end: q + 1, status: 'separator', why: 'The separator · could not be encoded on the publishing page and was printed as ?.', suggestions: [] };
  }
  if (separator === 'between words') {
    return suspect(q, 'it stands between two words in a sentence that asks nothing, so it may be a separator (·) the page could not print', ['·']);
  }
  return undefined;
}

/** A flag that leaves the text as published. */
function suspect(q: number, reason: string, suggestions: string[] = []): Decision {
  return { replacement: '?', end: q + 1, status: 'flagged', why: `A ? inside a sentence may be a lost GBK lead byte: ${reason}. Left as published; check the original.`, suggestions };
}

/** The restored text with its lost characters filled in, likeliest first (at most three); empty when nothing is lost. */
function fillLost(reading: ShiftReading, left: string, after: string, model: CharModel): string[] {
  let texts = [reading.restored];
  for (const { index, candidates } of reading.lost) {
    texts = texts
      .flatMap((t) => candidates.map((ch) => t.slice(0, index) + ch + t.slice(index + 1)))
      .map((t) => ({ t, score: model.logLikelihood(left + t + after) }))
      .sort((a, b) => b.score - a.score)
      .slice(0, 3)
      .map((x) => x.t);
  }
  return reading.lost.length > 0 ? texts : [];
}

/** The repair for the best shift reading: certain only if no byte is lost, no rival fits, and no character seems missing. */
function decideShift(line: string, reading: ShiftReading, fillings: string[], rivals: { filled: string }[], model: CharModel): Decision {
  const mark = reading.lost.some((l) => l.index === 1) ? ',' : reading.restored[0]!;
  const base = `GBK bytes read one byte out of step after ${mark}; decoded back from GBK with the lead byte 0x${reading.lead.toString(16).toUpperCase()} restored.`;
  if (reading.lost.length > 0) {
    const options = reading.lost.map((l) => fillings.map((f) => f[l.index]).filter((ch, i, all) => ch !== undefined && all.indexOf(ch) === i).join(' '));
    return {
      replacement: reading.restored,
      end: reading.end,
      status: 'flagged',
      why: `${base} ${reading.lost.length === 1 ? 'A byte was' : 'Bytes were'} lost for good; ${LOST_CHARACTER} marks ${reading.lost.length === 1 ? 'the character' : 'each character'} that lost one, likely ${options.join('; and ')}. Check the original.`,
      suggestions: fillings,
    };
  }
  if (rivals.length > 0) {
    return {
      replacement: reading.restored,
      end: reading.end,
      status: 'flagged',
      why: `${base} The bytes also fit ${rivals.map((r) => `"${r.filled}"`).join(', ')}; the likelier reading was used. Check the original.`,
      suggestions: [reading.restored, ...rivals.map((r) => r.filled)],
    };
  }
  const doubled = /([,、。:;!?“”])\1/u.exec(reading.restored.slice(1));
  if (doubled) {
    // Two marks in a row: the words between them were a byte pair the page could not print.
    return {
      replacement: reading.restored,
      end: reading.end,
      status: 'flagged',
      why: `${base} The restored text has ${doubled[0]}: the words between the two marks were lost for good. Check the original.`,
      suggestions: [],
    };
  }
  const before = line.slice(Math.max(0, reading.start - JUDGE_CONTEXT), reading.start);
  const after = line.slice(reading.end, reading.end + JUDGE_CONTEXT);
  const missing = lostCharacterReadings(before, reading.restored, after, model);
  if (missing.length > 0) {
    return {
      replacement: reading.restored,
      end: reading.end,
      status: 'flagged',
      why: `${base} A character may be lost for good here (the page could not print a byte pair, and the two characters around it fused into one): perhaps ${missing.map((m) => m.local).join(' or ')}. Check the original.`,
      suggestions: missing.map((m) => m.run),
    };
  }
  return { replacement: reading.restored, end: reading.end, status: 'repaired', why: base, suggestions: [] };
}

/** A `?` that ends a sentence or a line is a question mark. */
function endsSentence(line: string, q: number): boolean {
  const next = line[q + 1];
  return next === undefined || /[\s"'”’」』)）\]】?？!！。]/u.test(next);
}

/**
 * A `?` inside a sentence that asks nothing, next to a quoted name (“雙創匯”?宿州), stands for a separator the page
 * could not encode; between two plain words (您好?請問) it may be one, or a question mark, and only a curator can tell.
 */
function separatorKind(line: string, q: number): 'between names' | 'between words' | undefined {
  const previous = line[q - 1] ?? '';
  const next = line[q + 1] ?? '';
  if (!/[\p{Script=Han}”」》]/u.test(previous) || !/[\p{Script=Han}“「《]/u.test(next) || asksSomething(line, q)) return undefined;
  return /[”」》]/u.test(previous) || /[“「《]/u.test(next) ? 'between names' : 'between words';
}

/** Whether the sentence (or Q&A turn) that the `?` at `q` ends or stands in contains a question word. */
function asksSomething(line: string, q: number): boolean {
  // One walk back to the nearest mark: a lastIndexOf per mark would read the whole line for each mark it lacks.
  let sentenceStart = q;
  while (sentenceStart > 0 && !SENTENCE_MARKS.has(line[sentenceStart - 1]!)) sentenceStart--;
  return QUESTION_WORDS.test(line.slice(sentenceStart, q));
}

const SENTENCE_MARKS = new Set(['。', '!', '！', '?', '？', ';', '；', ':', '：']);

/**
 * The published and repaired spans with up to two words of context either side, as a curator quotes them: a number
 * with its unit and a quoted phrase count as one word, a quoted phrase ends the context, punctuation is left out.
 */
function withContext(line: string, start: number, end: number, replacement: string): { published: string; repaired: string } {
  // Words are cut in the sentence around the span only: context is at most two words, and segmenting the whole
  // line for every note made long garbled paragraphs quadratic.
  const from0 = sentenceEdgeBefore(line, start);
  const to0 = sentenceEdgeAfter(line, end);
  const repairedLine = line.slice(from0, start) + replacement + line.slice(end, to0);
  return withLocalContext(repairedLine, start - from0, start - from0 + replacement.length, line.slice(from0, to0), end - from0);
}

/** How far a note's context may reach for the sentence edge around its span. */
const CONTEXT_REACH = 200;
const SENTENCE_EDGE = /[。!！;；\n]/u;

function sentenceEdgeBefore(line: string, at: number): number {
  for (let i = at - 1; i >= Math.max(0, at - CONTEXT_REACH); i--) if (SENTENCE_EDGE.test(line[i]!)) return i + 1;
  return Math.max(0, at - CONTEXT_REACH);
}

function sentenceEdgeAfter(line: string, at: number): number {
  for (let i = at; i < Math.min(line.length, at + CONTEXT_REACH); i++) if (SENTENCE_EDGE.test(line[i]!)) return i + 1;
  return Math.min(line.length, at + CONTEXT_REACH);
}

/** {@link withContext} on a stretch of the line: `repairedLine` has the replacement at `start`…`runEnd`, `line` the published text with the span ending at `end`. */
function withLocalContext(repairedLine: string, start: number, runEnd: number, line: string, end: number): { published: string; repaired: string } {
  const bounds = wordBoundaries(repairedLine);
  let from = start;
  for (let taken = 0, i = bounds.filter((b) => b < start).length - 1; taken < 2 && i >= 0; i--) {
    const word = repairedLine.slice(bounds[i]!, from);
    if (word.length === 0) continue;
    if (/^[\p{P}\s]+$/u.test(word) && !/^[“「]/u.test(word)) break;
    from = bounds[i]!;
    taken++;
    if (/^[“「]/u.test(word)) break;
  }
  let to = runEnd;
  for (let taken = 0, i = bounds.findIndex((b) => b > runEnd); taken < 2 && i >= 0 && i < bounds.length; i++) {
    const word = repairedLine.slice(to, bounds[i]!);
    if (word.length === 0) continue;
    if (/^[\p{P}\s]+$/u.test(word) && !/^[“「]/u.test(word)) break;
    to = bounds[i]!;
    taken++;
    if (/[”」]$/u.test(word)) break;
  }
  const trailing = to - runEnd;
  return {
    published: line.slice(from, end + trailing),
    repaired: repairedLine.slice(from, to),
  };
}
