import { ECONOMY_TOPICS } from './economy.ts';
import { LIVELIHOOD_TOPICS } from './livelihood.ts';
import { PLACES_AND_CULTURE_TOPICS } from './places-and-culture.ts';
import type { TopicTemplate } from './types.ts';

export type { EventTemplate, FactTemplate, QaTemplate, TopicTemplate } from './types.ts';

/** Every topic a generated release can be about. */
export const TOPICS: readonly TopicTemplate[] = [...ECONOMY_TOPICS, ...LIVELIHOOD_TOPICS, ...PLACES_AND_CULTURE_TOPICS];

/**
 * Topics that share the seed release's vocabulary (科技局, 签约, 技术需求, 走访企业 …): the hard distractors.
 * Releases on them are never about the seed's own city, so no generated release restates a fact the seed owns.
 */
export const SEED_LIKE_TOPICS: ReadonlySet<string> = new Set(['technology', 'investment']);
