import { describe, expect, it } from 'vitest';
import type { OutgoingMessage, Recipient, SchoolChannelConfig } from '../types';
import { startFakeWecom } from './fake-wecom';
import { createWechatChannel } from './wechat';

const config: SchoolChannelConfig = { corpId: 'ww-b888', agentId: '1000003', secret: 's3cret' };
const parent: Recipient = { memberId: 'p1', kind: 'parent', name: '陳媽媽', wecomUserId: null, schoolUserId: 'parent-chan' };
const student: Recipient = { memberId: 's1', kind: 'student', name: '陳小明', wecomUserId: null, schoolUserId: 'student-chan' };
const message: OutgoingMessage = {
  key: 'hw-1:p1',
  to: parent,
  title: '功課提醒',
  body: '中文默書：第三課',
  url: 'https://campus.example.mo/b-888/m/homework/1',
};

function setup() {
  const fake = startFakeWecom();
  return { fake, channel: createWechatChannel({ baseUrl: fake.baseUrl, fetch: fake.fetch }) };
}

describe('WeChat (學校通知) channel', () => {
  it('Should send a news card to the parent named, with duplicate check', async () => {
    const { fake, channel } = setup();
    expect(await channel.send(message, config)).toEqual({ ok: true });
    expect(fake.sent).toEqual([
      {
        path: '/cgi-bin/externalcontact/message/send',
        corpId: 'ww-b888',
        body: {
          recv_scope: 0,
          to_parent_userid: ['parent-chan'],
          toall: 0,
          agentid: 1000003,
          msgtype: 'news',
          news: { articles: [{ title: '功課提醒', description: '中文默書：第三課', url: 'https://campus.example.mo/b-888/m/homework/1' }] },
          enable_duplicate_check: 1,
          duplicate_check_interval: 1800,
        },
      },
    ]);
  });

  it('Should address a student themself, as text when there is no link', async () => {
    const { fake, channel } = setup();
    expect(await channel.send({ ...message, to: student, url: null }, config)).toEqual({ ok: true });
    expect(fake.sent[0].body).toMatchObject({
      recv_scope: 1,
      to_student_userid: ['student-chan'],
      msgtype: 'text',
      text: { content: '功課提醒\n中文默書：第三課' },
    });
    expect(fake.sent[0].body).not.toHaveProperty('to_parent_userid');
  });

  it('Should refuse staff and recipients without a userid, without retry', async () => {
    const { channel } = setup();
    const staff: Recipient = { ...parent, kind: 'staff', wecomUserId: 'x' };
    expect(await channel.send({ ...message, to: staff }, config)).toMatchObject({ ok: false, retry: false });
    expect(await channel.send({ ...message, to: { ...parent, schoolUserId: null } }, config)).toEqual({
      ok: false,
      retry: false,
      error: 'no wechat user id',
    });
  });

  it('Should report a recipient WeCom lists as invalid as not delivered', async () => {
    const { fake, channel } = setup();
    fake.invalid.add('parent-chan');
    expect(await channel.send(message, config)).toMatchObject({ ok: false, retry: false });
    expect(fake.sent).toEqual([]);
  });

  it('Should retry when WeCom is busy and not when the request is wrong', async () => {
    const { fake, channel } = setup();
    fake.failNext(1, -1);
    expect(await channel.send(message, config)).toMatchObject({ ok: false, retry: true });
    fake.failNext(1, 40003);
    expect(await channel.send(message, config)).toMatchObject({ ok: false, retry: false });
    expect(await channel.send(message, config)).toEqual({ ok: true });
  });

  it('Should not deliver a retried send twice', async () => {
    const { fake, channel } = setup();
    await channel.send(message, config);
    await channel.send(message, config);
    expect(fake.sent).toHaveLength(1);
    expect(fake.suppressed).toHaveLength(1);
  });
});
