// Parent and student messages through WeCom's 家校溝通 "學校通知", which reaches them in WeChat.
// Docs: https://developer.work.weixin.qq.com/document/path/92321 (发送「学校通知」:
// POST /cgi-bin/externalcontact/message/send; recv_scope 0 家长 / 1 学生 / 2 both,
// to_parent_userid[], to_student_userid[] (家校通讯录 userids), toall, msgtype text|news…,
// agentid, news.articles[{title, description, url, picurl}], enable_duplicate_check,
// duplicate_check_interval; reply errcode, invalid_parent_userid[], invalid_student_userid[]
// — a send to listed-invalid recipients still "succeeds" for the others).
import type { Channel, OutgoingMessage } from '../types';
import {
  DUPLICATE_CHECK,
  type WecomClient,
  type WecomClientOptions,
  agentIdOf,
  createWecomClient,
  failure,
  truncateBytes,
} from './wecom-api';

/**
 * The parent/student channel. `Recipient.schoolUserId` carries the 家校通讯錄 userid
 * (parent_userid or student_userid, by `kind`), which is what this API addresses.
 */
export function createWechatChannel(options: WecomClientOptions & { client?: WecomClient } = {}): Channel {
  const client = options.client ?? createWecomClient(options);
  return {
    name: 'wechat',
    async send(message, config) {
      const { kind, schoolUserId: userId } = message.to;
      if (kind === 'staff') return { ok: false, retry: false, error: 'staff are reached through wecom' };
      if (!userId) return { ok: false, retry: false, error: 'no wechat user id' };
      const agentid = agentIdOf(config);
      if (agentid === null) return { ok: false, retry: false, error: 'invalid agent id' };
      // recv_scope 1 sends to the student themself; 0 to the parent named (not all parents).
      const to = kind === 'student' ? { recv_scope: 1, to_student_userid: [userId] } : { recv_scope: 0, to_parent_userid: [userId] };
      const payload = { ...to, toall: 0, agentid, ...content(message), ...DUPLICATE_CHECK };
      try {
        const reply = await client.call(config, '/cgi-bin/externalcontact/message/send', { body: payload });
        const invalid = [reply.invalid_parent_userid, reply.invalid_student_userid].flatMap((list) => (Array.isArray(list) ? list : []));
        if (invalid.includes(userId)) return { ok: false, retry: false, error: 'recipient not reachable (invalid userid)' };
        return { ok: true };
      } catch (error) {
        return failure(error);
      }
    },
  };
}

function content(message: OutgoingMessage) {
  if (!message.url) return { msgtype: 'text', text: { content: truncateBytes(`${message.title}\n${message.body}`, 2048) } };
  return {
    msgtype: 'news',
    news: {
      articles: [{ title: truncateBytes(message.title, 128), description: truncateBytes(message.body, 512), url: message.url }],
    },
  };
}
