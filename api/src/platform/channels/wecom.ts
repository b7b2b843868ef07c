// Staff messages through a WeCom (企業微信) app.
// Docs: https://developer.work.weixin.qq.com/document/path/90236 (发送应用消息:
// POST /cgi-bin/message/send; touser, msgtype, agentid, textcard {title ≤128 bytes,
// description ≤512 bytes, url, btntxt ≤4 chars}, text {content ≤2048 bytes},
// enable_duplicate_check, duplicate_check_interval (default 1800 s); reply errcode, msgid,
// invaliduser "a|b" in lower case; 81013 when every recipient is invalid) and
// https://developer.work.weixin.qq.com/document/path/91039 (gettoken).
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
 * The staff channel. Pass `client` to share a token cache with the other WeCom adapters of
 * the same process (they use the same app secret).
 */
export function createWecomChannel(options: WecomClientOptions & { client?: WecomClient } = {}): Channel {
  const client = options.client ?? createWecomClient(options);
  return {
    name: 'wecom',
    async send(message, config) {
      const userId = message.to.wecomUserId;
      if (!userId) return { ok: false, retry: false, error: 'no wecom user id' };
      const agentid = agentIdOf(config);
      if (agentid === null) return { ok: false, retry: false, error: 'invalid agent id' };
      const payload = { touser: userId, agentid, ...content(message), ...DUPLICATE_CHECK };
      try {
        const reply = await client.call(config, '/cgi-bin/message/send', { body: payload });
        const invalid = typeof reply.invaliduser === 'string' ? reply.invaliduser.toLowerCase().split('|') : [];
        if (invalid.includes(userId.toLowerCase())) return { ok: false, retry: false, error: 'recipient not reachable (invaliduser)' };
        return { ok: true, providerId: typeof reply.msgid === 'string' ? reply.msgid : undefined };
      } catch (error) {
        return failure(error);
      }
    },
  };
}

function content(message: OutgoingMessage) {
  // A text card needs a url; a message without one goes as plain text.
  if (!message.url) return { msgtype: 'text', text: { content: truncateBytes(`${message.title}\n${message.body}`, 2048) } };
  return {
    msgtype: 'textcard',
    textcard: {
      title: truncateBytes(message.title, 128),
      // The description is read as HTML (it allows <div class="gray">…), so text is escaped.
      description: truncateBytes(escapeHtml(message.body), 512),
      url: message.url,
      btntxt: '詳情',
    },
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
