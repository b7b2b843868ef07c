import { describe, expect, it } from 'vitest';
import { startFakeWecom } from '../channels/fake-wecom';
import type { OAuthProvider, SchoolChannelConfig } from '../types';
import { createWechatOAuth } from './wechat';
import { createWecomOAuth } from './wecom';

const config: SchoolChannelConfig = { corpId: 'ww-b888', agentId: '1000002', secret: 's3cret' };
const redirectUri = 'https://campus.example.mo/api/b-888/auth/wecom/callback?next=/m';

function setup() {
  const fake = startFakeWecom();
  const options = { baseUrl: fake.baseUrl, fetch: fake.fetch };
  return { fake, wecom: createWecomOAuth(options), wechat: createWechatOAuth(options) };
}

/** What a browser does: follow the authorize URL, come back with code and state. */
async function signIn(fake: ReturnType<typeof startFakeWecom>, provider: OAuthProvider, state = 'abc123') {
  const response = await fake.fetch(provider.authorizeUrl(config, { redirectUri, state }), { redirect: 'manual' });
  expect(response.status).toBe(302);
  const back = new URL(response.headers.get('location') ?? '');
  expect(back.origin + back.pathname).toBe('https://campus.example.mo/api/b-888/auth/wecom/callback');
  expect(back.searchParams.get('state')).toBe(state);
  return back.searchParams.get('code') ?? '';
}

describe('WeCom / WeChat OAuth', () => {
  it('Should build the documented authorize URL', () => {
    const { wecom } = setup();
    expect(wecom.authorizeUrl(config, { redirectUri, state: 'St4te' })).toBe(
      'https://open.weixin.qq.com/connect/oauth2/authorize?appid=ww-b888' +
        '&redirect_uri=https%3A%2F%2Fcampus.example.mo%2Fapi%2Fb-888%2Fauth%2Fwecom%2Fcallback%3Fnext%3D%2Fm' +
        '&response_type=code&scope=snsapi_base&state=St4te&agentid=1000002#wechat_redirect',
    );
    expect(() => wecom.authorizeUrl(config, { redirectUri, state: 'not allowed!' })).toThrow(/state/);
  });

  it('Should sign a staff member in by WeCom userid, once per code', async () => {
    const { fake, wecom } = setup();
    fake.signInAs({ userid: 'ChanTaiMan' });
    const code = await signIn(fake, wecom);
    expect(await wecom.identify(config, code)).toEqual({ userId: 'ChanTaiMan' });
    expect(await wecom.identify(config, code)).toBeNull();
    expect(await wecom.identify(config, 'forged')).toBeNull();
  });

  it('Should not sign in someone who is not a member of the corp', async () => {
    const { fake, wecom } = setup();
    expect(await wecom.identify(config, fake.issueCode({ parent_userid: 'parent-chan' }))).toBeNull();
  });

  it.each([
    [{ parent_userid: 'parent-chan' }, 'parent-chan'],
    [{ student_userid: 'student-chan' }, 'student-chan'],
  ])('Should sign a 家校 user in: %j', async (identity, userId) => {
    const { fake, wechat } = setup();
    fake.signInAs(identity);
    expect(await wechat.identify(config, await signIn(fake, wechat))).toEqual({ userId });
  });

  it('Should not sign in staff through the 家校 endpoint', async () => {
    const { fake, wechat } = setup();
    expect(await wechat.identify(config, fake.issueCode({ userid: 'ChanTaiMan' }))).toBeNull();
  });

  it('Should throw, not answer "nobody", when WeCom cannot be reached', async () => {
    const { fake, wecom } = setup();
    fake.failNext(1, 'network');
    await expect(wecom.identify(config, fake.issueCode({ userid: 'x' }))).rejects.toThrow(/network/);
  });
});
