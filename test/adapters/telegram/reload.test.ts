import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, watchKnowledge, type Engine } from '../../../src/index.ts';
import { startHarness, sentMessages, type Harness } from './harness.ts';
import { messageUpdate, person, privateChat, supergroup } from './updates.ts';

// /reload rebuilds from disk, so this file works on its own copy of the bundled knowledge.
let dir: string;
let engine: Engine;
let h: Harness | undefined;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'telegram-reload-'));
  await cp(fileURLToPath(new URL('../../../knowledge', import.meta.url)), dir, { recursive: true });
  engine = await createEngine({ knowledgeDirs: [dir] });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

const admin = person(1201);
const visitor = person(1202);

describe('Telegram adapter /reload', () => {
  it('reloads the knowledge for an admin and reports the release count', async () => {
    h = await startHarness(engine, { config: { adminIds: new Set([admin.id]) } });
    await h.deliver(messageUpdate(h.fake, privateChat(admin), admin, '/reload'));
    expect(sentMessages(h.fake, admin.id)[0]!.visibleText).toMatch(/^知识库已重新加载：1场发布会，用时\d+毫秒。$/u);
  });

  it('reports a broken knowledge file to the admin and keeps answering from the old knowledge', async () => {
    h = await startHarness(engine, { config: { adminIds: new Set([admin.id]) } });
    const broken = path.join(dir, 'releases', 'zz-broken.yaml');
    await writeFile(broken, 'id: Broken Id\ntitle: <no date>\n');
    try {
      await h.deliver(messageUpdate(h.fake, privateChat(admin), admin, '/reload'));
    } finally {
      await rm(broken);
    }
    const report = sentMessages(h.fake, admin.id)[0]!;
    expect(report.visibleText).toContain('重新加载失败，仍在使用原来的知识库。原因：');
    expect(report.visibleText).toContain('zz-broken.yaml');
    // The file name and field come through as text, whatever characters they hold.
    expect(h.fake.calls.filter((c) => c.status === 400)).toEqual([]);
    await h.deliver(messageUpdate(h.fake, privateChat(admin), admin, '累计签约金额是多少？'));
    expect(sentMessages(h.fake, admin.id)[1]!.visibleText).toContain('535.35万元');
  });

  it('refuses /reload to anyone not in ADMIN_IDS, saying so only in private', async () => {
    h = await startHarness(engine, { config: { adminIds: new Set([admin.id]) } });
    await h.deliver(messageUpdate(h.fake, privateChat(visitor), visitor, '/reload'));
    expect(sentMessages(h.fake, visitor.id).map((r) => r.visibleText)).toEqual(['这个命令只有管理员可以使用。']);
    expect(h.logs.some((line) => line.includes('reload refused') && /user=u:[0-9a-f]{12}/u.test(line))).toBe(true);
    expect(h.logs.some((line) => line.includes(`user=${visitor.id}`))).toBe(false);
    const group = supergroup(-100_1201);
    await h.deliver(messageUpdate(h.fake, group, visitor, '/reload@press_qa_bot'));
    expect(h.fake.callsInChat(group.id)).toEqual([]);
  });

  it('runs /reload through the knowledge watcher, so it also watches the folder afresh', async () => {
    const watcher = watchKnowledge(engine, { rescanMs: 0 });
    await watcher.ready;
    let reloads = 0;
    try {
      h = await startHarness(engine, {
        config: { adminIds: new Set([admin.id]) },
        botOptions: {
          reloadKnowledge: () => {
            reloads++;
            return watcher.reload();
          },
        },
      });
      await h.deliver(messageUpdate(h.fake, privateChat(admin), admin, '/reload'));
      expect(reloads).toBe(1);
      expect(sentMessages(h.fake, admin.id)[0]!.visibleText).toMatch(/^知识库已重新加载：1场发布会/u);
    } finally {
      await watcher();
    }
  });
});
