import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { files } from '../../../db/schema';
import type { Agent } from '../test/agent';
import { createTestEnv, type TestEnv } from '../test/harness';
import { UPLOAD_LIMIT } from './routes';

let env: TestEnv;
let admin: Agent;
let teacher: Agent;
beforeEach(async () => {
  env = await createTestEnv();
  await env.school('B-888');
  await env.addMember('B-888', { kind: 'staff', name: '李老師', account: 'teacher', password: 'password2', phone: '66000002' });
  admin = env.agent('B-888');
  await admin.signIn('admin', 'password1');
  teacher = env.agent('B-888');
  await teacher.signIn('teacher', 'password2');
});
afterEach(() => env.close());

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);

describe('files', () => {
  it('uploads with a server-made key and the sniffed type; the owner downloads it', async () => {
    const up = await teacher.raw('POST', 'files?name=照片.png', { body: PNG, headers: { 'content-type': 'application/octet-stream' } });
    expect(up.status).toBe(201);
    const meta = await up.json();
    expect(meta).toMatchObject({ name: '照片.png', contentType: 'image/png', size: PNG.byteLength });
    const ctx = await env.ctx('B-888');
    const row = await ctx.db.select().from(files).get();
    expect(row?.storageKey).toMatch(/^schools\/b-888\/\d{4}\/\d{2}\/[a-z0-9]+$/);
    const down = await teacher.raw('GET', `files/${meta.id}`);
    expect(new Uint8Array(await down.arrayBuffer())).toEqual(PNG);
    expect(down.headers.get('x-content-type-options')).toBe('nosniff');
    expect(down.headers.get('content-disposition')).toContain(encodeURIComponent('照片.png'));
  });

  it('never serves uploaded HTML as HTML', async () => {
    const up = await teacher.raw('POST', 'files?name=x.html', { body: '<script>alert(1)</script>', headers: { 'content-type': 'text/html' } });
    expect((await up.json()).contentType).toBe('application/octet-stream');
  });

  it('refuses a file over the limit with 413 and stores nothing', async () => {
    const big = new Uint8Array(UPLOAD_LIMIT + 1);
    const res = await teacher.raw('POST', 'files?name=big.bin', { body: big, headers: { 'content-type': 'application/octet-stream' } });
    expect(res.status).toBe(413);
    const ctx = await env.ctx('B-888');
    expect(await ctx.db.$count(files)).toBe(0);
  });

  it('refuses an empty file and a missing name, naming the field', async () => {
    const empty = await teacher.raw('POST', 'files?name=a.txt', { body: new Uint8Array(0), headers: { 'content-type': 'text/plain' } });
    expect((await empty.json()).error).toMatchObject({ code: 'file_empty', field: 'file' });
    const noName = await teacher.raw('POST', 'files', { body: 'x', headers: { 'content-type': 'text/plain' } });
    expect((await noName.json()).error).toMatchObject({ field: 'name' });
  });

  it('another member does not see my file; an admin does', async () => {
    const up = await admin.raw('POST', 'files?name=a.txt', { body: 'secret', headers: { 'content-type': 'text/plain' } });
    const { id } = await up.json();
    expect((await teacher.raw('GET', `files/${id}`)).status).toBe(404);
    const mine = await teacher.raw('POST', 'files?name=b.txt', { body: 'mine', headers: { 'content-type': 'text/plain' } });
    expect((await admin.raw('GET', `files/${(await mine.json()).id}`)).status).toBe(200);
  });
});
