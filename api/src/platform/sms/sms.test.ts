import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHttpSms } from './http';
import { createLogSms } from './log';
import { createFileLogSms } from './log-file';

const text = '【智慧校園】驗證碼 123456，5 分鐘內有效。';
const at = () => new Date('2026-09-01T01:02:03Z');

describe('SMS adapters', () => {
  it('Should print and keep each text (dev adapter)', async () => {
    const lines: string[] = [];
    const sms = createLogSms({ log: (line) => lines.push(line), now: at });
    await sms.send({ schoolCode: 'B-888', areaCode: '+853', phone: '66000001', text });
    expect(lines).toEqual([`SMS to +853 66000001: ${text}`]);
    expect(sms.sent).toEqual([{ at: '2026-09-01T01:02:03.000Z', schoolCode: 'B-888', areaCode: '853', phone: '66000001', text }]);
  });

  it('Should append JSON lines to a file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'campus-sms-'));
    try {
      const file = join(dir, 'nested/sms.jsonl');
      const sms = createFileLogSms({ file, log: () => {}, now: at });
      await sms.send({ schoolCode: 'B-888', areaCode: '853', phone: '66000001', text });
      await sms.send({ schoolCode: 'B-888', areaCode: '86', phone: '13800000000', text: 'second' });
      const lines = (await readFile(file, 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
      expect(lines).toEqual([
        { at: '2026-09-01T01:02:03.000Z', schoolCode: 'B-888', areaCode: '853', phone: '66000001', text },
        { at: '2026-09-01T01:02:03.000Z', schoolCode: 'B-888', areaCode: '86', phone: '13800000000', text: 'second' },
      ]);
      expect(sms.sent).toHaveLength(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('Should POST to the provider with a bearer token, and throw on a non-2xx', async () => {
    const requests: Request[] = [];
    let status = 202;
    const sms = createHttpSms({
      url: 'https://sms.example.mo/send',
      token: 'tok',
      fetch: async (input, init) => {
        requests.push(new Request(input, init));
        return new Response('{}', { status });
      },
    });
    await sms.send({ schoolCode: 'B-888', areaCode: '+853', phone: '6600 0001', text });
    expect(requests[0].method).toBe('POST');
    expect(requests[0].headers.get('authorization')).toBe('Bearer tok');
    expect(await requests[0].json()).toEqual({ to: '+85366000001', text });
    status = 500;
    await expect(sms.send({ schoolCode: 'B-888', areaCode: '853', phone: '66000001', text })).rejects.toThrow(/HTTP 500/);
  });
});
