import type { Script } from '../answer/types.ts';
import type { Knowledge } from '../knowledge/load.ts';
import type { Release } from '../knowledge/schema.ts';
import { TextPipeline } from '../text/pipeline.ts';
import { detectDocumentScript, toScript } from '../text/script.ts';
import { SearchIndex } from './search-index.ts';
import { buildFaqUnits, buildUnits, type AnswerUnit } from './units.ts';

/** Everything answering needs, built from validated knowledge and swapped in whole on reload. */
export interface KnowledgeIndex {
  releases: Release[];
  /** The script each release is written in, so quotes are converted only when the asker's differs. */
  releaseScripts: Script[];
  /** A short stable key per release, the prefix of its suggestion ids. */
  releaseKeys: string[];
  /**
   * Per release, the terms that point at it when a question uses them: words of its title and short name,
   * its date in every form, its speakers, office and place; terms most releases share (发布会) are left out.
   */
  releaseScopes: Set<string>[];
  units: AnswerUnit[];
  /** Suggestion id (`releaseKey:localKey`) → unit id. */
  unitIds: Map<string, number>;
  pipeline: TextPipeline;
  search: SearchIndex;
  /** Knowledge text in the other script, converted once: OpenCC takes ~0.3 ms on a long answer. */
  converted: Record<Script, Map<string, string>>;
}

/** Knowledge text (never user input, so the memo stays bounded by the knowledge) in the given script. */
export function knowledgeText(index: KnowledgeIndex, text: string, script: Script): string {
  const memo = index.converted[script];
  let out = memo.get(text);
  if (out === undefined) {
    out = toScript(text, script);
    memo.set(text, out);
  }
  return out;
}

/** Builds units, the text pipeline and the search index from loaded knowledge. */
export function buildKnowledgeIndex(knowledge: Knowledge): KnowledgeIndex {
  const releases = knowledge.releases.map((r) => r.release);
  // People's names and the media's names are words jieba does not know; kept whole, 王慧 is not 王 + 慧.
  const names = releases.flatMap((r) => [...r.speakers.map((s) => s.name), ...r.qa.flatMap((q) => q.answeredBy ?? []), ...r.media]);
  const pipeline = new TextPipeline({ ...knowledge, dictionary: [...knowledge.dictionary, ...names] });
  const releaseKeys = releases.map((r) => shortHash(r.id));
  const units = [
    ...releases.flatMap((release, i) => buildUnits(release, i)),
    ...buildFaqUnits(
      knowledge.faq.map((f) => f.entry),
      releases,
    ),
  ];
  const unitIds = new Map(units.map((u, id) => [unitKey(releaseKeys, u), id]));
  return {
    releases,
    releaseScripts: releases.map((r) => detectDocumentScript(r.title + r.statements.slice(0, 3).map((p) => p.text).join(''))),
    releaseKeys,
    releaseScopes: buildScopes(releases, pipeline),
    units,
    unitIds,
    pipeline,
    search: new SearchIndex(units, pipeline),
    converted: { simplified: new Map(), traditional: new Map() },
  };
}

function buildScopes(releases: readonly Release[], pipeline: TextPipeline): Set<string>[] {
  const scopes = releases.map((r) => {
    const [y, m, d] = r.date.split('-').map(Number);
    const words = [r.title, r.shortName, r.office, r.place, ...r.speakers.map((s) => s.name), `${y}年${m}月${d}日`];
    return new Set(pipeline.indexTokens(words.join(' ')));
  });
  const frequency = new Map<string, number>();
  for (const scope of scopes) for (const t of scope) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  // A term in more than a fifth of the releases points at none of them (but with few releases, keep all).
  const limit = Math.max(1, Math.floor(releases.length / 5));
  return scopes.map((scope) => new Set([...scope].filter((t) => frequency.get(t)! <= limit)));
}

/** The suggestion id of a unit. */
export function suggestionId(index: KnowledgeIndex, unitId: number): string {
  return unitKey(index.releaseKeys, index.units[unitId]!);
}

/** `releaseKey:localKey`; curated answers resting on no release use the key `faq`. */
function unitKey(releaseKeys: readonly string[], unit: AnswerUnit): string {
  return unit.type === 'faq' ? `faq:${unit.localKey}` : `${releaseKeys[unit.releaseIndex]}:${unit.localKey}`;
}

/** FNV-1a, base 36: short, stable and well spread, for ids that must fit in Telegram's 64-byte callback data. */
function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
