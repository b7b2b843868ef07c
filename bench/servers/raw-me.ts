/**
 * `GET /api/s/B-888/auth/me` as a hand-written route would do it, with no framework: the
 * comparison for the app's route. On every request it parses the Cookie header, hashes the
 * token (SHA-256 hex, what `hashSecret` computes, here with node:crypto), runs one query
 * joining the session and its member by that hash, checks expiry, idleness and status, and
 * answers the app's JSON shape with the CSRF token (a second hash). No cache, no security
 * headers, no locale, no body limit, no tenant lookup in the control database.
 *
 *   DB_FILE=<school .db> PORT=… bun bench/servers/raw-me.ts
 */
import { createHash } from 'node:crypto';
import { createClient } from '@libsql/client';

const IDLE_MS = 2 * 60 * 60_000; // back-office idle lifetime, as SESSION_LIFETIME

const dbFile = process.env.DB_FILE;
if (!dbFile) throw new Error('DB_FILE is required');
const db = createClient({ url: `file:${dbFile}` });

const sha256Hex = (s: string) => createHash('sha256').update(s).digest('hex');
const unauthenticated = () => Response.json({ error: { code: 'unauthenticated' } }, { status: 401 });

const server = Bun.serve({
  port: Number(process.env.PORT ?? 0),
  async fetch(req) {
    if (new URL(req.url).pathname !== '/api/s/B-888/auth/me') return new Response('Not found', { status: 404 });
    const token = /(?:^|;\s*)sc_session=([^;]+)/.exec(req.headers.get('cookie') ?? '')?.[1];
    if (!token) return unauthenticated();
    const rs = await db.execute({
      sql: `select m.id, m.name, m.kind, m.admin_role, m.is_teacher, m.is_staff, m.status,
                   s.surface, s.pending_second_factor, s.expires_at, s.last_seen_at
              from sessions s join members m on m.id = s.member_id
             where s.id_hash = ?`,
      args: [sha256Hex(token)],
    });
    const row = rs.rows[0];
    const now = Date.now();
    if (!row || row.pending_second_factor || row.status !== 'active') return unauthenticated();
    if (now >= Number(row.expires_at) || now - Number(row.last_seen_at) >= IDLE_MS) return unauthenticated();
    return Response.json({
      member: {
        id: row.id,
        name: row.name,
        kind: row.kind,
        adminRole: row.admin_role ?? null,
        isTeacher: Boolean(row.is_teacher),
        isStaff: Boolean(row.is_staff),
      },
      surface: row.surface,
      csrfToken: sha256Hex(`csrf:${token}`),
    });
  },
});
console.log(`ready on http://localhost:${server.port}`);
