import type { Script } from '../../src/index.ts';

/** Telegram's limit on a button's callback_data, in bytes of UTF-8. */
export const CALLBACK_DATA_LIMIT = 64;

/** What a suggestion button carries: the suggestion's id and the script to ask it in. */
export interface SuggestionPress {
  id: string;
  script: Script;
}

// `q:` namespaces our buttons (other data is ignored, e.g. from an older version of the bot); the script
// letter lets a Traditional asker's button ask in Traditional. The text itself never goes in: ids are short
// and stable, texts are neither.
const PREFIX = 'q:';

/** The callback_data for a suggestion button, or undefined if it would not fit Telegram's 64 bytes. */
export function encodeSuggestionPress(press: SuggestionPress): string | undefined {
  const data = `${PREFIX}${press.script === 'traditional' ? 't' : 's'}:${press.id}`;
  return Buffer.byteLength(data, 'utf8') <= CALLBACK_DATA_LIMIT ? data : undefined;
}

/** Reads back callback_data written by {@link encodeSuggestionPress}; undefined for anything else. */
export function decodeSuggestionPress(data: string): SuggestionPress | undefined {
  const match = /^q:([st]):(.+)$/su.exec(data);
  if (!match) return undefined;
  return { script: match[1] === 't' ? 'traditional' : 'simplified', id: match[2]! };
}
