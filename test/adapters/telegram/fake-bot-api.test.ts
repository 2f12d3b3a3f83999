import { Api, GrammyError } from 'grammy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeBotApi, TEST_TOKEN, type FakeBotApi } from './fake-bot-api.ts';

// The adapter's tests are only as strict as this fake: check it refuses what Telegram refuses.
let fake: FakeBotApi;
let api: Api;
beforeAll(async () => {
  fake = await startFakeBotApi();
  api = new Api(TEST_TOKEN, { apiRoot: fake.apiRoot });
});
afterAll(async () => {
  await fake.close();
});

async function refusal(call: Promise<unknown>): Promise<string> {
  const error = await call.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(GrammyError);
  return (error as GrammyError).description;
}

describe('the fake Bot API', () => {
  it('refuses a text over 4096 characters once entities are parsed, and accepts 4096', async () => {
    expect(await refusal(api.sendMessage(1, 'a'.repeat(4097)))).toBe('Bad Request: message is too long');
    await expect(api.sendMessage(1, `<b>${'a'.repeat(4096)}</b>`, { parse_mode: 'HTML' })).resolves.toMatchObject({ text: 'a'.repeat(4096) });
  });

  it('refuses unbalanced or unknown HTML and empty text', async () => {
    expect(await refusal(api.sendMessage(1, '<b>x', { parse_mode: 'HTML' }))).toContain("can't parse entities");
    expect(await refusal(api.sendMessage(1, '<script>x</script>', { parse_mode: 'HTML' }))).toContain('Unsupported start tag "script"');
    expect(await refusal(api.sendMessage(1, '<b> </b>', { parse_mode: 'HTML' }))).toBe('Bad Request: message text is empty');
  });

  it('refuses callback data over 64 bytes', async () => {
    const keyboard = { inline_keyboard: [[{ text: '问', callback_data: '签'.repeat(22) }]] };
    expect(await refusal(api.sendMessage(1, 'x', { reply_markup: keyboard }))).toBe('Bad Request: BUTTON_DATA_INVALID');
  });

  it('refuses a reply to a message it never saw, unless told to send anyway', async () => {
    expect(await refusal(api.sendMessage(1, 'x', { reply_parameters: { message_id: 999 } }))).toBe('Bad Request: message to be replied not found');
    await expect(api.sendMessage(1, 'x', { reply_parameters: { message_id: 999, allow_sending_without_reply: true } })).resolves.toBeTruthy();
  });

  it('refuses an unknown or twice-answered callback query', async () => {
    expect(await refusal(api.answerCallbackQuery('never-sent'))).toContain('query ID is invalid');
  });

  it('refuses a wrong token with 401', async () => {
    const other = new Api('987654321:AAHsomeOtherTokenThatIsNotRight_000000', { apiRoot: fake.apiRoot });
    const error = await other.getMe().catch((e: unknown) => e);
    expect((error as GrammyError).error_code).toBe(401);
  });
});
