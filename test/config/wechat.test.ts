import { describe, expect, it } from 'vitest';
import { describeConfig } from '../../adapters/wechat/log.ts';
import { ConfigError, wechatConfig as readWechatConfig } from '../../src/config/index.ts';

describe('the WeChat section of the configuration', () => {
  it('fills every default from an empty environment', () => {
    expect(readWechatConfig({})).toEqual({
      puppet: 'wechaty-puppet-wechat4u',
      name: 'press-qa-bot',
      rooms: [],
      trigger: '问：',
      personLimit: 6,
      roomLimit: 20,
      rateWindowMs: 60_000,
      sendIntervalMs: 1000,
      sendTimeoutMs: 15_000,
      stopGraceMs: 5000,
      ignoreContacts: [],
    });
  });

  it('reads the send timeout and the stop grace in seconds, and refuses values out of bounds', () => {
    expect(readWechatConfig({ WECHAT_SEND_TIMEOUT_SECONDS: '30', WECHAT_STOP_GRACE_SECONDS: '0' })).toMatchObject({ sendTimeoutMs: 30_000, stopGraceMs: 0 });
    expect(() => readWechatConfig({ WECHAT_SEND_TIMEOUT_SECONDS: '0' })).toThrow(/WECHAT_SEND_TIMEOUT_SECONDS/u);
    expect(() => readWechatConfig({ WECHAT_STOP_GRACE_SECONDS: 'soon' })).toThrow(/WECHAT_STOP_GRACE_SECONDS/u);
  });

  it('treats empty variables from a .env template as unset', () => {
    expect(readWechatConfig({ WECHATY_PUPPET: '', WECHATY_NAME: ' ', WECHATY_PUPPET_SERVICE_TOKEN: '', WECHAT_PERSON_LIMIT: '' })).toMatchObject({
      puppet: 'wechaty-puppet-wechat4u',
      name: 'press-qa-bot',
      personLimit: 6,
    });
    expect(readWechatConfig({ WECHATY_PUPPET_SERVICE_TOKEN: '' })).not.toHaveProperty('puppetToken');
  });

  it('reads the puppet service, its token and the limits', () => {
    const config = readWechatConfig({
      WECHATY_PUPPET: 'wechaty-puppet-service',
      WECHATY_PUPPET_SERVICE_TOKEN: 'puppet_secret_123',
      WECHATY_NAME: 'suzhou-bot',
      WECHAT_PERSON_LIMIT: '3',
      WECHAT_ROOM_LIMIT: '9',
      WECHAT_RATE_WINDOW_SECONDS: '30',
      WECHAT_SEND_INTERVAL_MS: '0',
    });
    expect(config).toMatchObject({ puppet: 'wechaty-puppet-service', puppetToken: 'puppet_secret_123', name: 'suzhou-bot', personLimit: 3, roomLimit: 9, rateWindowMs: 30_000, sendIntervalMs: 0 });
  });

  it('reads room topics separated by commas (either width) or new lines, or as a JSON array', () => {
    expect(readWechatConfig({ WECHAT_ROOMS: '记者群, 宿州发布群，社区群\n第四群' }).rooms).toEqual(['记者群', '宿州发布群', '社区群', '第四群']);
    expect(readWechatConfig({ WECHAT_ROOMS: '["群,带逗号", "另一个群"]' }).rooms).toEqual(['群,带逗号', '另一个群']);
  });

  it('names every bad variable and the rule it breaks', () => {
    const read = () => readWechatConfig({ WECHAT_PERSON_LIMIT: 'many', WECHATY_PUPPET: 'padlocal', WECHATY_NAME: 'my bot/..' });
    expect(read).toThrow(ConfigError);
    expect(read).toThrow(/WECHAT_PERSON_LIMIT/u);
    expect(read).toThrow(/WECHATY_PUPPET: must be a wechaty puppet package name/u);
    expect(read).toThrow(/WECHATY_NAME: must be letters/u);
    expect(() => readWechatConfig({ WECHAT_ROOMS: '["unclosed' })).toThrow(/WECHAT_ROOMS: must be a JSON array/u);
  });

  it('never prints the puppet service token', () => {
    const token = 'puppet_secret_456';
    const config = readWechatConfig({ WECHATY_PUPPET: 'wechaty-puppet-service', WECHATY_PUPPET_SERVICE_TOKEN: token });
    expect(describeConfig(config)).toContain('token=set');
    expect(describeConfig(config)).not.toContain(token);
    let message = '';
    try {
      readWechatConfig({ WECHATY_PUPPET_SERVICE_TOKEN: token, WECHAT_ROOM_LIMIT: '-1' });
    } catch (error) {
      message = String(error);
    }
    expect(message).toContain('WECHAT_ROOM_LIMIT');
    expect(message).not.toContain(token);
  });
});
