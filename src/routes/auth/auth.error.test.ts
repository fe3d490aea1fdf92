import { describe, expect, it } from 'vitest';
import { api, json, registerUser, unique } from '../../../test/worker/helpers';
import { testDb } from '../../../test/worker/db';

const register = (body: Record<string, unknown>) => api('/api/users/register', json(body));

describe('accounts: errors', () => {
  it('rejects a duplicate email or username with 409', async () => {
    const s = await registerUser({ username: unique('n') });
    const dupEmail = await register({ email: s.email.toUpperCase(), password: 'a-long-password-1' });
    expect(dupEmail.status).toBe(409);
    expect(((await dupEmail.json()) as any).error.code).toBe('email_taken');
    const dupName = await register({ email: `${unique()}@example.com`, password: 'a-long-password-1', username: String(s.user.username).toUpperCase() });
    expect(dupName.status).toBe(409);
    expect(((await dupName.json()) as any).error.code).toBe('username_taken');
  });

  it('enforces the password rules', async () => {
    const email = `${unique()}@example.com`;
    for (const password of ['short-pw', 'x'.repeat(257), email.toUpperCase()]) {
      const res = await register({ email, password });
      expect(res.status).toBe(422);
      const { error } = (await res.json()) as any;
      expect(error.details.some((d: { path: string }) => d.path === 'password')).toBe(true);
    }
    const created = await testDb().selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
    expect(created).toBeUndefined();
  });

  it('gives the same 401 for a wrong password and an unknown email', async () => {
    const s = await registerUser();
    const wrong = await api('/api/users/login', json({ email: s.email, password: 'not-the-password' }));
    const unknown = await api('/api/users/login', json({ email: `${unique()}@example.com`, password: 'not-the-password' }));
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const a = ((await wrong.json()) as any).error;
    const b = ((await unknown.json()) as any).error;
    expect([a.code, a.message]).toEqual([b.code, b.message]);
    expect(a.code).toBe('invalid_credentials');
  });

  it('refuses a disabled account with 403, only once the password is right', async () => {
    const s = await registerUser();
    await testDb().updateTable('users').set({ is_active: false }).where('id', '=', s.user.id).execute();
    expect((await api('/api/users/login', json({ email: s.email, password: 'wrong-password-x' }))).status).toBe(401);
    const res = await api('/api/users/login', json({ email: s.email, password: s.password }));
    expect(res.status).toBe(403);
    expect(((await res.json()) as any).error.code).toBe('account_disabled');
    expect((await api('/api/users/refresh', json({ refresh_token: s.refresh_token }))).status).toBe(401);
  });

  it('requires exactly one of email and username to log in', async () => {
    expect((await api('/api/users/login', json({ password: 'whatever-123' }))).status).toBe(422);
    expect((await api('/api/users/login', json({ email: 'a@b.co', username: 'abc', password: 'whatever-123' }))).status).toBe(422);
  });

  it('rejects unknown and malformed tokens', async () => {
    expect((await api('/api/users/refresh', json({ refresh_token: 'x'.repeat(43) }))).status).toBe(401);
    expect((await api('/api/users/verify', json({ token: 'x'.repeat(43) }))).status).toBe(400);
    expect((await api('/api/users/password/reset', json({ token: 'x'.repeat(43), new_password: 'a-long-password-9' }))).status).toBe(400);
    expect((await api('/api/users/refresh', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' })).status).toBe(400);
  });
});
