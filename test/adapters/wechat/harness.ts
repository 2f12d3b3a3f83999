/**
 * A WeChat world for tests: a real wechaty bot on wechaty-puppet-mock, contacts and rooms made with its
 * Mocker, and the real adapter attached. Nothing here stands in for the adapter or the engine; the mock
 * puppet is the only fake, in place of WeChat's servers.
 */
import { WechatyBuilder, types, type payloads, type Wechaty } from 'wechaty';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import type { Engine } from '../../../src/index.ts';
import { createWechatAdapter, type Outcome, type WechatAdapter, type WechatAdapterOptions } from '../../../adapters/wechat/adapter.ts';
import { wechatConfig as readWechatConfig, type WechatConfig } from '../../../src/index.ts';
import type { Logger } from '../../../adapters/wechat/log.ts';

type ContactMock = ReturnType<mock.Mocker['createContact']>;
type RoomMock = ReturnType<mock.Mocker['createRoom']>;

/** The bot's account name, as people @ it in rooms. */
export const BOT_NAME = '发布会助手';

/** A clock the tests move by hand; it starts at the real time so mock message timestamps agree with it. */
export class TestClock {
  #offset = 0;
  /** The current test time in milliseconds. */
  readonly now = (): number => Date.now() + this.#offset;
  /** Moves the clock forward. */
  advance(ms: number): void {
    this.#offset += ms;
  }
}

/** One message as WeChat received it from the bot. */
export interface Delivered {
  text: string;
  roomId?: string;
  listenerId?: string;
}

/** A logged-in mock bot with its Mocker. */
export interface MockWorld {
  mocker: mock.Mocker;
  puppet: PuppetMock;
  bot: Wechaty;
  botUser: ContactMock;
  /** Creates a person who knows the bot. */
  person(name: string, payload?: Partial<payloads.Contact>): ContactMock;
  /** Creates a room holding the bot and the given people. */
  room(topic: string, members: ContactMock[]): RoomMock;
  stop(): Promise<void>;
}

/**
 * Starts a wechaty bot on the mock puppet and logs it in as {@link BOT_NAME}; `beforeStart` can attach
 * listeners that must see the start and the login.
 */
export async function startMockWorld(beforeStart?: (bot: Wechaty, mocker: mock.Mocker) => void): Promise<MockWorld> {
  const mocker = new mock.Mocker();
  const puppet = new PuppetMock({ mocker });
  const bot = WechatyBuilder.build({ puppet });
  beforeStart?.(bot, mocker);
  // Contacts before rooms: a room's members must already exist in the Mocker.
  const botUser = mocker.createContact({ name: BOT_NAME });
  const loggedIn = new Promise<void>((resolve) => bot.once('login', () => resolve()));
  await bot.start();
  mocker.login(botUser);
  await loggedIn;
  return {
    mocker,
    puppet,
    bot,
    botUser,
    person: (name, payload) => mocker.createContact({ name, type: types.Contact.Individual, ...payload }),
    // Room ids must contain `@`: the mock puppet tells rooms from contacts by it when the bot sends.
    room: (topic, members) => mocker.createRoom({ topic, memberIdList: [botUser.id, ...members.map((m) => m.id)] }),
    stop: () => bot.stop(),
  };
}

/** The real adapter attached to a mock world, with its log and outcomes recorded. */
export interface TestAdapter {
  adapter: WechatAdapter;
  clock: TestClock;
  logs: string[];
  outcomes: Map<string, Outcome>;
  /** Resolves with the adapter's outcome for a message id (at once if it is already known). */
  outcomeOf(messageId: string): Promise<Outcome>;
  detach(): void;
}

/** Attaches a fresh adapter (fresh limits, memory and clock) to the world's bot. */
export function attachAdapter(
  world: MockWorld,
  engine: Engine,
  env: Record<string, string> = {},
  options: Partial<WechatAdapterOptions> = {},
): TestAdapter {
  const clock = new TestClock();
  const logs: string[] = [];
  const outcomes = new Map<string, Outcome>();
  const waiters = new Map<string, (outcome: Outcome) => void>();
  const log: Logger = {
    info: (m) => logs.push(`info ${m}`),
    warn: (m) => logs.push(`warn ${m}`),
    error: (m) => logs.push(`error ${m}`),
  };
  // Tests send without pauses; the pacing itself is tested on SendQueue with a fake sleep.
  const config: WechatConfig = readWechatConfig({ WECHAT_SEND_INTERVAL_MS: '0', ...env });
  const adapter = createWechatAdapter(world.bot, {
    engine,
    config,
    log,
    now: clock.now,
    onOutcome: (outcome) => {
      outcomes.set(outcome.messageId, outcome);
      waiters.get(outcome.messageId)?.(outcome);
    },
    ...options,
  });
  return {
    adapter,
    clock,
    logs,
    outcomes,
    outcomeOf: (messageId) => {
      const known = outcomes.get(messageId);
      if (known) return Promise.resolve(known);
      return new Promise((resolve) => waiters.set(messageId, resolve));
    },
    detach: () => adapter.detach(),
  };
}

/**
 * Has `from` say `text` to a contact or room through the Mocker (`say(text, mentions).to(conversation)`),
 * and returns the new message's id.
 */
export function say(world: MockWorld, from: ContactMock, text: string, to: ContactMock | RoomMock, mentions: ContactMock[] = []): string {
  from.say(text, mentions).to(to);
  return lastMessageId(world);
}

/**
 * Delivers a message with a chosen timestamp or type, built the way the Mocker's `say().to()` builds it
 * (which always stamps `Date.now()` and cannot make an image without a file).
 */
export function deliver(
  world: MockWorld,
  from: ContactMock,
  to: ContactMock | RoomMock,
  fields: { text?: string; timestamp: number; type?: types.Message; mentions?: ContactMock[] },
): string {
  const id = `test-${Math.random().toString(36).slice(2)}`;
  const base = { id, talkerId: from.id, timestamp: fields.timestamp, type: fields.type ?? types.Message.Text, text: fields.text };
  const isRoom = to.id.includes('@');
  const payload: payloads.Message = isRoom
    ? { ...base, roomId: to.id, mentionIdList: (fields.mentions ?? []).map((m) => m.id) }
    : { ...base, listenerId: to.id };
  world.mocker.MessageMock.create(payload);
  world.puppet.emit('message', { messageId: id });
  return id;
}

/** How many messages the Mocker has seen so far: a mark for {@link deliveredSince}. */
export function mark(world: MockWorld): number {
  return world.mocker.cacheMessagePayload.size;
}

/** What the bot sent into WeChat since `since`, in order, as the Mocker received it. */
export function deliveredSince(world: MockWorld, since: number): Delivered[] {
  return [...world.mocker.cacheMessagePayload.values()]
    .slice(since)
    .filter((p) => p.talkerId === world.botUser.id)
    .map((p) => ({
      text: p.text ?? '',
      ...(p.roomId ? { roomId: p.roomId } : {}),
      ...(p.listenerId ? { listenerId: p.listenerId } : {}),
    }));
}

function lastMessageId(world: MockWorld): string {
  const ids = [...world.mocker.cacheMessagePayload.keys()];
  const id = ids[ids.length - 1];
  if (id === undefined) throw new Error('harness: the Mocker recorded no message');
  return id;
}
