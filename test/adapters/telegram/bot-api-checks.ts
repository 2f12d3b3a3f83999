/**
 * The request checks the fake Bot API shares with Telegram: each throws {@link BadRequest} with the
 * description Telegram's servers give for the same mistake.
 */

/** A request Telegram would answer with 400 Bad Request. */
export class BadRequest extends Error {}

/** The chat id of a request; the adapter always sends numeric ids. */
export function requireChat(p: Record<string, any>): number {
  if (typeof p.chat_id !== 'number') throw new BadRequest('Bad Request: chat not found');
  return p.chat_id;
}

/** Inline keyboards: non-empty labels, exactly one action per button, callback_data of 1–64 bytes. */
export function checkInlineKeyboard(markup: any): void {
  if (!Array.isArray(markup.inline_keyboard)) throw new BadRequest('Bad Request: inline keyboard expected');
  for (const row of markup.inline_keyboard) {
    if (!Array.isArray(row)) throw new BadRequest('Bad Request: inline keyboard rows must be arrays');
    for (const button of row) {
      if (typeof button.text !== 'string' || button.text.trim() === '') throw new BadRequest('Bad Request: inline keyboard button text is empty');
      const actions = ['url', 'callback_data', 'web_app', 'login_url', 'switch_inline_query', 'switch_inline_query_current_chat', 'switch_inline_query_chosen_chat', 'copy_text', 'callback_game', 'pay'].filter((k) => button[k] !== undefined);
      if (actions.length !== 1) throw new BadRequest("Bad Request: can't parse inline keyboard button: exactly one of the optional fields must be used");
      if (button.callback_data !== undefined) {
        const bytes = Buffer.byteLength(String(button.callback_data), 'utf8');
        if (bytes < 1 || bytes > 64) throw new BadRequest('Bad Request: BUTTON_DATA_INVALID');
      }
    }
  }
}

/** A command menu as setMyCommands accepts it. */
export function checkCommands(commands: any): void {
  if (!Array.isArray(commands) || commands.length > 100) throw new BadRequest('Bad Request: commands must be a list of at most 100');
  for (const c of commands) {
    if (typeof c.command !== 'string' || !/^[a-z0-9_]{1,32}$/u.test(c.command)) throw new BadRequest('Bad Request: BOT_COMMAND_INVALID');
    if (typeof c.description !== 'string' || c.description.length < 1 || c.description.length > 256) throw new BadRequest('Bad Request: BOT_COMMAND_DESCRIPTION_INVALID');
  }
}

