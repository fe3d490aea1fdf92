import { SignJWT } from 'jose';
import { describe, expect, it, vi } from 'vitest';
import { createApp, createRouter } from '../../lib/create-app';
import { hashPassword, PBKDF2_ITERATIONS } from '../../auth/password';
import { requireAdmin } from '../../middleware/auth';
import { registerRoutes } from '..';
import { api, BASE, bearer, captureLogs, freshIp, json, registerUser, testEnv, unique } from '../../../test/worker/helpers';
import { testDb } from '../../../test/worker/db';

const secret = new TextEncoder().encode(testEnv.JWT_SECRET);
const b64url = (o: unknown) => btoa(JSON.stringify(o)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const profileWith = (token: string) => api('/api/users/profile', { headers: bearer(token) });

async function forge(claims: Record<string, unknown>, opts: { alg?: string; iss?: string; aud?: string; exp?: number; key?: Uint8Array } = {}) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ role: 'customer', ...claims })
    .setProtectedHeader({ alg: opts.alg ?? 'HS256' })
    .setSubject(String(claims.sub ?? 1))
    .setIssuer(opts.iss ?? 'edge-commerce-api')
    .setAudience(opts.aud ?? 'edge-commerce-clients')
    .setIssuedAt(now - 10)
    .setExpirationTime(opts.exp ?? now + 600)
    .setJti(crypto.randomUUID())
    .sign(opts.key ?? secret);
}

describe('accounts: token attacks', () => {
  it('rejects alg:none, other algorithms, wrong iss/aud, expired, tampered and foreign-key tokens', async () => {
    const s = await registerUser();
    const sub = String(s.user.id);
    const [, payload] = s.access_token.split('.');
    const attacks = {
      none: `${b64url({ alg: 'none', typ: 'JWT' })}.${payload}.`,
      hs512: await forge({ sub }, { alg: 'HS512' }),
      wrongIssuer: await forge({ sub }, { iss: 'someone-else' }),
      wrongAudience: await forge({ sub }, { aud: 'another-api' }),
      expired: await forge({ sub }, { exp: Math.floor(Date.now() / 1000) - 60 }),
      otherSecret: await forge({ sub }, { key: new TextEncoder().encode('x'.repeat(48)) }),
      tampered: (() => {
        const [h, p, sig] = s.access_token.split('.');
        const claims = JSON.parse(atob(p!.replace(/-/g, '+').replace(/_/g, '/')));
        return `${h}.${b64url({ ...claims, role: 'admin' })}.${sig}`;
      })(),
      garbage: 'not.a.token',
    };
    for (const [name, token] of Object.entries(attacks)) {
      const res = await profileWith(token);
      expect(res.status, name).toBe(401);
      expect(res.headers.get('WWW-Authenticate'), name).toBe('Bearer');
      expect(((await res.json()) as any).error.code, name).toBe('unauthenticated');
    }
    expect((await profileWith(s.access_token)).status).toBe(200);
    expect((await api('/api/users/profile')).status).toBe(401);
  });

  it('revokes the whole family when a rotated refresh token is reused', async () => {
    const s = await registerUser();
    const first = (await (await api('/api/users/refresh', json({ refresh_token: s.refresh_token }))).json()) as any;
    // Past the grace window for two tabs (moved back rather than waited for).
    await testDb().updateTable('refresh_tokens').set({ revoked_at: new Date(Date.now() - 60_000) }).where('user_id', '=', s.user.id).where('revoked_reason', '=', 'rotated').execute();
    const { lines, result: replay } = await captureLogs(() => api('/api/users/refresh', json({ refresh_token: s.refresh_token })));
    expect(replay.status).toBe(401);
    expect(lines.some((l) => l.msg === 'refresh token reused: token family revoked')).toBe(true);
    // The legitimate holder of the newest token is signed out too.
    expect((await api('/api/users/refresh', json({ refresh_token: first.refresh_token }))).status).toBe(401);
    // Another session of the same user is untouched.
    const other = (await (await api('/api/users/login', json({ email: s.email, password: s.password }))).json()) as any;
    expect((await api('/api/users/refresh', json({ refresh_token: other.refresh_token }))).status).toBe(200);
  });

  it('guards admin routes: 401 without a token, 403 for a customer, 200 for an admin', async () => {
    const app = registerRoutes(createApp()).route('/', createRouter().get('/admin-only', requireAdmin(), (c) => c.json({ ok: true })));
    const call = (headers: Record<string, string> = {}) => app.request(`${BASE}/admin-only`, { headers }, testEnv);
    const s = await registerUser();
    expect((await call()).status).toBe(401);
    const forbidden = await call(bearer(s.access_token));
    expect(forbidden.status).toBe(403);
    expect(((await forbidden.json()) as any).error.code).toBe('forbidden');
    await testDb().updateTable('users').set({ is_admin: true }).where('id', '=', s.user.id).execute();
    const admin = (await (await api('/api/users/login', json({ email: s.email, password: s.password }))).json()) as any;
    expect((await call(bearer(admin.access_token))).status).toBe(200);
  });
});

describe('accounts: mass assignment and secrecy', () => {
  it('refuses is_admin and other protected fields at registration and on the profile', async () => {
    const reg = await api('/api/users/register', json({ email: `${unique()}@example.com`, password: 'a-long-password-1', is_admin: true }));
    expect(reg.status).toBe(422);
    const s = await registerUser();
    for (const field of [{ is_admin: true }, { is_verified: true }, { is_active: false }, { email: 'new@example.com' }, { password_hash: 'x' }]) {
      const res = await api('/api/users/profile', { method: 'PUT', headers: { ...bearer(s.access_token), 'content-type': 'application/json' }, body: JSON.stringify(field) });
      expect(res.status, JSON.stringify(field)).toBe(422);
    }
    const row = await testDb().selectFrom('users').select(['is_admin', 'is_verified', 'is_active', 'email']).where('id', '=', s.user.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ is_admin: false, is_verified: false, is_active: true, email: s.email });
  });

  it('never shows the password hash or stored token hashes in a response', async () => {
    const s = await registerUser();
    const row = await testDb().selectFrom('users').select(['password_hash', 'verification_token_hash']).where('id', '=', s.user.id).executeTakeFirstOrThrow();
    const bodies = await Promise.all([
      api('/api/users/login', json({ email: s.email, password: s.password })).then((r) => r.text()),
      api('/api/users/profile', { headers: bearer(s.access_token) }).then((r) => r.text()),
      api('/api/users/refresh', json({ refresh_token: s.refresh_token })).then((r) => r.text()),
    ]);
    for (const body of [JSON.stringify(s), ...bodies]) {
      expect(body).not.toContain(row.password_hash);
      expect(body).not.toContain(row.verification_token_hash!);
      expect(body).not.toMatch(/password_hash|pbkdf2|token_hash/);
    }
  });

  it('does the same key-derivation work for an unknown email as for a wrong password', async () => {
    const s = await registerUser();
    const derive = vi.spyOn(crypto.subtle, 'deriveBits');
    await api('/api/users/login', json({ email: s.email, password: 'not-the-password' }));
    const known = derive.mock.calls.map((c) => (c[0] as { iterations: number }).iterations);
    derive.mockClear();
    await api('/api/users/login', json({ email: `${unique()}@example.com`, password: 'not-the-password' }));
    const unknown = derive.mock.calls.map((c) => (c[0] as { iterations: number }).iterations);
    derive.mockRestore();
    expect(known).toEqual([PBKDF2_ITERATIONS]);
    expect(unknown).toEqual(known);
  });

  it('upgrades a hash stored with weaker parameters at the next login', async () => {
    const s = await registerUser();
    const db = testDb();
    await db.updateTable('users').set({ password_hash: await hashPassword(s.password, 1000) }).where('id', '=', s.user.id).execute();
    expect((await api('/api/users/login', json({ email: s.email, password: s.password }))).status).toBe(200);
    const { password_hash } = await db.selectFrom('users').select('password_hash').where('id', '=', s.user.id).executeTakeFirstOrThrow();
    expect(password_hash.split('$')[1]).toBe(String(PBKDF2_ITERATIONS));
  });
});
