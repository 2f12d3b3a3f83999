import { createHmac } from 'node:crypto';

/**
 * The stand-in for a person's platform id wherever one would be stored or printed: HMAC-SHA256 keyed with a
 * secret over channel and id, 32 hex digits. Keyed, so nobody holding the log alone can test guessed ids
 * against it; channel included, so the same number on Telegram and WeChat are two people.
 */
export function pseudonym(secret: string, channel: string, id: string): string {
  return createHmac('sha256', secret).update(`${channel}\u0000${id}`).digest('hex').slice(0, 32);
}
