// WeCom web sign-in, shared by staff (WeCom) and parents/students (家校, opened in WeChat).
// Docs: https://developer.work.weixin.qq.com/document/path/91022 (构造网页授权链接:
// appid=CORPID, redirect_uri url-encoded, response_type=code, scope=snsapi_base,
// state [a-zA-Z0-9]{0,128}, agentid, #wechat_redirect; back to redirect_uri?code=&state=;
// code ≤512 bytes, single use, expires after 5 minutes).
import type { SchoolChannelConfig } from '../types';
import { type WecomClient, type WecomReply, WecomError } from '../channels/wecom-api';

export const WECOM_AUTHORIZE = 'https://open.weixin.qq.com';

/** The authorize URL, parameters in the documented order (WeChat is known to care). */
export function buildAuthorizeUrl(base: string, config: SchoolChannelConfig, input: { redirectUri: string; state: string }): string {
  if (!/^[a-zA-Z0-9]{0,128}$/.test(input.state)) throw new Error('OAuth state must be [a-zA-Z0-9], at most 128 characters');
  const params = [
    ['appid', config.corpId],
    ['redirect_uri', input.redirectUri],
    ['response_type', 'code'],
    ['scope', 'snsapi_base'],
    ['state', input.state],
    ['agentid', config.agentId],
  ];
  const query = params.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&');
  return `${base.replace(/\/$/, '')}/connect/oauth2/authorize?${query}#wechat_redirect`;
}

// Codes the user can cause to be wrong (reused, expired, forged): the sign-in simply fails.
// 40029 invalid code; 50001 redirect_uri not trusted is a setup fault and is thrown.
const BAD_CODE = new Set([40029]);

/**
 * Trades `code` at `path`; null when WeCom says the code is no good. Other failures (network,
 * configuration) throw WecomError, so the caller can tell "try again" from "not you".
 */
export async function exchangeCode(client: WecomClient, config: SchoolChannelConfig, path: string, code: string): Promise<WecomReply | null> {
  if (!code || code.length > 512) return null;
  try {
    return await client.call(config, path, { query: { code } });
  } catch (error) {
    if (error instanceof WecomError && error.errcode !== null && BAD_CODE.has(error.errcode)) return null;
    throw error;
  }
}

/** A non-empty string field of a reply, or null. */
export function field(reply: WecomReply | null, name: string): string | null {
  const value = reply?.[name];
  return typeof value === 'string' && value.length > 0 ? value : null;
}
