import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE, TestClock } from '../../lib/clock';
import type { OutgoingMessage, SchoolChannelConfig } from '../types';
import { startFakeWecom } from './fake-wecom';
import { createWecomChannel } from './wecom';

const config: SchoolChannelConfig = { corpId: 'ww-b888', agentId: '1000002', secret: 's3cret' };
const message: OutgoingMessage = {
  key: 'notice-1:m1',
  to: { memberId: 'm1', kind: 'staff', name: '陳大文', wecomUserId: 'ChanTaiMan', schoolUserId: null },
  title: '教務處通知',
  body: '明天 <下午> 開會 & 交報告',
  url: 'https://campus.example.mo/b-888/m/notices/1',
};

function setup() {
  const clock = new TestClock('2026-09-01T00:00:00Z');
  const now = () => clock.now().getTime();
  const fake = startFakeWecom({ now });
  const channel = createWecomChannel({ baseUrl: fake.baseUrl, fetch: fake.fetch, now });
  return { clock, fake, channel };
}

describe('WeCom channel', () => {
  it('Should send a textcard with duplicate check to the wecom userid', async () => {
    const { fake, channel } = setup();
    expect(await channel.send(message, config)).toEqual({ ok: true, providerId: 'fake-msg-2' });
    expect(fake.sent).toEqual([
      {
        path: '/cgi-bin/message/send',
        corpId: 'ww-b888',
        body: {
          touser: 'ChanTaiMan',
          agentid: 1000002,
          msgtype: 'textcard',
          textcard: {
            title: '教務處通知',
            description: '明天 &lt;下午&gt; 開會 &amp; 交報告',
            url: 'https://campus.example.mo/b-888/m/notices/1',
            btntxt: '詳情',
          },
          enable_duplicate_check: 1,
          duplicate_check_interval: 1800,
        },
      },
    ]);
  });

  it('Should send plain text when there is no link, and cut long texts to the byte limits', async () => {
    const { fake, channel } = setup();
    await channel.send({ ...message, url: null, body: '長'.repeat(1000) }, config);
    const text = (fake.sent[0].body.text as { content: string }).content;
    expect(fake.sent[0].body.msgtype).toBe('text');
    expect(new TextEncoder().encode(text).byteLength).toBeLessThanOrEqual(2048);
    expect(text.startsWith('教務處通知\n長長')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
  });

  it('Should get a token once per corp and secret, even for concurrent sends', async () => {
    const { fake, channel } = setup();
    await Promise.all([1, 2, 3, 4].map((i) => channel.send({ ...message, body: `第${i}條` }, config)));
    await channel.send({ ...message, body: 'again' }, config);
    expect(fake.tokenRequests).toBe(1);
    await channel.send(message, { ...config, corpId: 'ww-other' });
    expect(fake.tokenRequests).toBe(2);
    expect(fake.sent.map((s) => s.corpId)).toContain('ww-other');
  });

  it('Should renew the token before expires_in runs out', async () => {
    const { clock, fake, channel } = setup();
    await channel.send(message, config);
    clock.advance(HOUR);
    await channel.send({ ...message, body: '1' }, config);
    expect(fake.tokenRequests).toBe(1);
    clock.advance(HOUR - 4 * MINUTE);
    await channel.send({ ...message, body: '2' }, config);
    expect(fake.tokenRequests).toBe(2);
  });

  it.each([40014, 42001])('Should refresh the token once on errcode %i', async (errcode) => {
    const { fake, channel } = setup();
    await channel.send(message, config);
    fake.failNext(1, errcode);
    expect(await channel.send({ ...message, body: 'x' }, config)).toMatchObject({ ok: true });
    expect(fake.tokenRequests).toBe(2);
    fake.failNext(2, errcode);
    expect(await channel.send({ ...message, body: 'y' }, config)).toEqual({ ok: false, retry: false, error: expect.stringContaining(String(errcode)) });
    expect(fake.tokenRequests).toBe(3);
  });

  it('Should get a new token after WeCom revokes the old one', async () => {
    const { fake, channel } = setup();
    await channel.send(message, config);
    fake.expireTokens();
    expect(await channel.send({ ...message, body: 'z' }, config)).toMatchObject({ ok: true });
    expect(fake.tokenRequests).toBe(2);
  });

  it.each<[string, number | 'http-500' | 'network', boolean]>([
    ['system busy', -1, true],
    ['rate limited', 45009, true],
    ['server error', 'http-500', true],
    ['network error', 'network', true],
    ['invalid parameter', 40003, false],
    ['app not authorised', 60020, false],
  ])('Should classify %s as retry=%s', async (_, failure, retry) => {
    const { fake, channel } = setup();
    fake.failNext(1, failure);
    const result = await channel.send(message, config);
    expect(result).toMatchObject({ ok: false, retry });
    expect(fake.sent).toEqual([]);
  });

  it('Should not retry a recipient WeCom does not know, nor one without a wecom userid', async () => {
    const { fake, channel } = setup();
    fake.invalid.add('chantaiman');
    expect(await channel.send(message, config)).toMatchObject({ ok: false, retry: false, error: expect.stringContaining('81013') });
    const noId = { ...message, to: { ...message.to, wecomUserId: null } };
    expect(await channel.send(noId, config)).toEqual({ ok: false, retry: false, error: 'no wecom user id' });
    expect(await channel.send(message, { ...config, agentId: 'abc' })).toMatchObject({ ok: false, retry: false });
  });

  it('Should not deliver the same message twice within the duplicate window', async () => {
    const { clock, fake, channel } = setup();
    expect(await channel.send(message, config)).toMatchObject({ ok: true });
    expect(await channel.send(message, config)).toMatchObject({ ok: true });
    expect(fake.sent).toHaveLength(1);
    expect(fake.suppressed).toHaveLength(1);
    await channel.send({ ...message, body: 'different' }, config);
    expect(fake.sent).toHaveLength(2);
    clock.advance(31 * MINUTE);
    await channel.send(message, config);
    expect(fake.sent).toHaveLength(3);
  });
});
