// Staff sign-in from inside WeCom.
// Docs: https://developer.work.weixin.qq.com/document/path/91023 (获取访问用户身份:
// GET /cgi-bin/auth/getuserinfo?access_token=&code= → members: userid (and user_ticket);
// non-members: openid, external_userid — not staff, so no sign-in).
import { type WecomClient, type WecomClientOptions, createWecomClient } from '../channels/wecom-api';
import type { OAuthProvider } from '../types';
import { WECOM_AUTHORIZE, buildAuthorizeUrl, exchangeCode, field } from './web-oauth';

export interface OAuthOptions extends WecomClientOptions {
  /** Where browsers are sent to authorize (default https://open.weixin.qq.com). */
  authorizeBase?: string;
  /** Shares a token cache with the channels. */
  client?: WecomClient;
}

/** Staff sign-in: the WeCom userid of whoever opened the page. */
export function createWecomOAuth(options: OAuthOptions = {}): OAuthProvider {
  const client = options.client ?? createWecomClient(options);
  const base = options.authorizeBase ?? WECOM_AUTHORIZE;
  return {
    name: 'wecom',
    authorizeUrl: (config, input) => buildAuthorizeUrl(base, config, input),
    async identify(config, code) {
      const userId = field(await exchangeCode(client, config, '/cgi-bin/auth/getuserinfo', code), 'userid');
      return userId ? { userId } : null;
    },
  };
}
