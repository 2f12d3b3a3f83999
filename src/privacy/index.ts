/**
 * What the bots keep from people: no one else's handle or id in a question (`scrubPersonalIds`), and only
 * keyed hashes of who asked (`pseudonym`), in the question log and in log lines alike.
 */
export { GROUP_PLACEHOLDER, NUMBER_PLACEHOLDER, PERSON_PLACEHOLDER, scrubPersonalIds, withoutPlaceholders } from './scrub.ts';
export { pseudonym } from './pseudonym.ts';
