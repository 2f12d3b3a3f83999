const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML element content and quoted attribute values. Every question, release id and label
 * goes through it: questions are typed by anyone on Telegram or WeChat.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (ch) => ENTITIES[ch]!);
}
