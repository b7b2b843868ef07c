// The WeCom server API as every adapter here uses it: access tokens and error codes.
// Docs: https://developer.work.weixin.qq.com/document/path/91039 (gettoken: corpid,
// corpsecret → access_token, expires_in, "正常情况下为7200秒", may be invalidated early) and
// the global error codes (-1 系统繁忙, 40014 不合法的access_token, 42001 access_token已过期,
// 45009 接口调用超过限制).
import type { FetchLike } from '../fetch-like';
import type { SchoolChannelConfig, SendResult } from '../types';

export const WECOM_API = 'https://qyapi.weixin.qq.com';

/** What went wrong talking to WeCom, and whether trying again later may help. */
export class WecomError extends Error {
  constructor(
    message: string,
    readonly errcode: number | null,
    readonly retry: boolean,
  ) {
    super(message);
  }
}

export type WecomReply = Record<string, unknown> & { errcode: number };

export interface WecomClientOptions {
  baseUrl?: string;
  fetch?: FetchLike;
  /** Milliseconds since the epoch; tests pass their clock. */
  now?: () => number;
}

export interface WecomClient {
  /**
   * Calls `path` with the school's access token: GET with `query`, or POST of `body` as JSON.
   * Resolves to the reply when errcode is 0; throws WecomError otherwise.
   */
  call(config: SchoolChannelConfig, path: string, request: { query?: Record<string, string>; body?: unknown }): Promise<WecomReply>;
}

/**
 * Asks WeCom not to deliver the same request JSON twice within 30 minutes, so a send retried
 * after a lost reply does not reach the recipient twice.
 */
export const DUPLICATE_CHECK = { enable_duplicate_check: 1, duplicate_check_interval: 1800 } as const;

const RETRYABLE = new Set([-1, 45009]);
const STALE_TOKEN = new Set([40014, 42001]);

/** A WeCom API client with one token cache per corp id + secret (each app has its own). */
export function createWecomClient(options: WecomClientOptions = {}): WecomClient {
  const baseUrl = (options.baseUrl ?? WECOM_API).replace(/\/$/, '');
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const now = options.now ?? Date.now;
  const tokens = new Map<string, { token: string; expiresAt: number }>();
  const pending = new Map<string, Promise<string>>();

  async function request(url: string, init: RequestInit): Promise<WecomReply> {
    let response: Response;
    try {
      response = await fetchImpl(url, init);
    } catch (error) {
      throw new WecomError(`network error: ${error instanceof Error ? error.message : String(error)}`, null, true);
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new WecomError(`HTTP ${response.status}`, null, response.status >= 500 || response.status === 429);
    }
    const reply: unknown = await response.json().catch(() => null);
    if (reply === null || typeof reply !== 'object') throw new WecomError('reply is not JSON', null, true);
    const errcode = typeof (reply as WecomReply).errcode === 'number' ? (reply as WecomReply).errcode : 0;
    if (errcode !== 0) {
      const errmsg = String((reply as WecomReply).errmsg ?? '').slice(0, 200);
      throw new WecomError(`errcode ${errcode}: ${errmsg}`, errcode, RETRYABLE.has(errcode));
    }
    return { ...(reply as Record<string, unknown>), errcode };
  }

  async function fetchToken(config: SchoolChannelConfig): Promise<{ token: string; expiresAt: number }> {
    const query = new URLSearchParams({ corpid: config.corpId, corpsecret: config.secret });
    const reply = await request(`${baseUrl}/cgi-bin/gettoken?${query}`, { method: 'GET' });
    if (typeof reply.access_token !== 'string') throw new WecomError('gettoken returned no access_token', null, true);
    const seconds = typeof reply.expires_in === 'number' ? reply.expires_in : 7200;
    // Renewed a little early, so a token never expires between reading and using it.
    return { token: reply.access_token, expiresAt: now() + Math.max(seconds - 300, seconds * 0.9) * 1000 };
  }

  function token(config: SchoolChannelConfig): Promise<string> {
    const id = `${config.corpId}\u0000${config.secret}`;
    const cached = tokens.get(id);
    if (cached && cached.expiresAt > now()) return Promise.resolve(cached.token);
    // Concurrent sends share one gettoken call: WeCom rate-limits it.
    let inflight = pending.get(id);
    if (!inflight) {
      inflight = fetchToken(config)
        .then((fresh) => {
          tokens.set(id, fresh);
          return fresh.token;
        })
        .finally(() => pending.delete(id));
      pending.set(id, inflight);
    }
    return inflight;
  }

  function forget(config: SchoolChannelConfig, stale: string): void {
    const id = `${config.corpId}\u0000${config.secret}`;
    if (tokens.get(id)?.token === stale) tokens.delete(id);
  }

  return {
    async call(config, path, { query = {}, body }) {
      for (let attempt = 0; ; attempt++) {
        const accessToken = await token(config);
        const url = `${baseUrl}${path}?${new URLSearchParams({ access_token: accessToken, ...query })}`;
        const init: RequestInit =
          body === undefined
            ? { method: 'GET' }
            : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
        try {
          return await request(url, init);
        } catch (error) {
          // WeCom may revoke a token before expires_in: fetch a new one, once.
          if (attempt === 0 && error instanceof WecomError && error.errcode !== null && STALE_TOKEN.has(error.errcode)) {
            forget(config, accessToken);
            continue;
          }
          throw error;
        }
      }
    },
  };
}

/** A SendResult for a failed send: WeCom's verdict on retrying, or no retry for a bug. */
export function failure(error: unknown): SendResult {
  if (error instanceof WecomError) return { ok: false, retry: error.retry, error: error.message };
  return { ok: false, retry: false, error: error instanceof Error ? error.message : String(error) };
}

/** WeCom's `agentid` is a number; the school's config keeps it as text. */
export function agentIdOf(config: SchoolChannelConfig): number | null {
  return /^\d{1,10}$/.test(config.agentId) ? Number(config.agentId) : null;
}

/** Cuts `text` to at most `maxBytes` of UTF-8 (WeCom's limits are in bytes), marking the cut. */
export function truncateBytes(text: string, maxBytes: number): string {
  const encoder = new TextEncoder();
  if (encoder.encode(text).byteLength <= maxBytes) return text;
  let out = '';
  let size = 0;
  const budget = maxBytes - 3; // the ellipsis is 3 bytes in UTF-8
  for (const char of text) {
    const width = encoder.encode(char).byteLength;
    if (size + width > budget) break;
    out += char;
    size += width;
  }
  return `${out}…`;
}
