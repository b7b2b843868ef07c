import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from './test/harness';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

describe('API conventions', () => {
  it('GET /api/health answers', async () => {
    const res = await env.app.request('/api/health');
    expect(await res.json()).toMatchObject({ ok: true });
  });

  it('serves an OpenAPI 3.1 document generated from the valibot schemas', async () => {
    const res = await env.app.request('/api/openapi.json');
    const doc = await res.json();
    expect(doc.openapi).toBe('3.1.0');
    const signIn = doc.paths['/api/s/{school}/auth/sign-in'].post;
    const schema = signIn.requestBody.content['application/json'].schema;
    expect(schema.required).toEqual(['login', 'password']);
    expect(schema.additionalProperties).toBe(false);
    expect(doc.paths['/api/operator/schools'].post).toBeDefined();
    expect(doc.paths['/api/s/{school}/members'].get.parameters.map((p: { name: string }) => p.name)).toContain('pageSize');
  });

  it('serves a readable API reference page', async () => {
    const res = await env.app.request('/api/docs');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('/api/openapi.json');
  });

  it('answers unknown API paths with the error shape', async () => {
    const res = await env.app.request('/api/nothing', { headers: { 'accept-language': 'en' } });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'Not found' } });
  });
});
