// Parent and student sign-in from WeChat's 學校通知 (WeCom 家校溝通).
// Docs: https://developer.work.weixin.qq.com/document/path/95791 (获取家校访问用户身份:
// GET /cgi-bin/school/getuserinfo?access_token=&code= → parent_userid for a parent,
// student_userid for a student; errcode 40029 invalid code) and, for the link, 91022.
import { createWecomClient } from '../channels/wecom-api';
import type { OAuthProvider } from '../types';
import { WECOM_AUTHORIZE, buildAuthorizeUrl, exchangeCode, field } from './web-oauth';
import type { OAuthOptions } from './wecom';

/**
 * Parent/student sign-in: the 家校通訊錄 userid (parent_userid or student_userid; one
 * namespace), the same id the wechat channel addresses.
 */
export function createWechatOAuth(options: OAuthOptions = {}): OAuthProvider {
  const client = options.client ?? createWecomClient(options);
  const base = options.authorizeBase ?? WECOM_AUTHORIZE;
  return {
    name: 'wechat',
    authorizeUrl: (config, input) => buildAuthorizeUrl(base, config, input),
    async identify(config, code) {
      const reply = await exchangeCode(client, config, '/cgi-bin/school/getuserinfo', code);
      const userId = field(reply, 'parent_userid') ?? field(reply, 'student_userid');
      return userId ? { userId } : null;
    },
  };
}
