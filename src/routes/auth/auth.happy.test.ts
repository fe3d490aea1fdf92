import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { api, bearer, freshIp, json, registerUser, unique } from '../../../test/worker/helpers';
import { testDb } from '../../../test/worker/db';
import { inboxOf, mailsTo, tokenMailedTo } from '../../../test/worker/events';

describe('accounts: happy paths', () => {
  it('registers with profile fields and answers 201 with the user and a token pair', async () => {
    const email = `${unique()}@Example.com`;
    const res = await api(
      '/api/users/register',
      json({
        email,
        password: 'a-long-password-1',
        username: unique('n'),
        first_name: 'Ada',
        last_name: 'Lovelace',
        phone: '+44 20 7946 0958',
        date_of_birth: '1990-12-10',
        preferences: { currency: 'eur', language: 'en-GB', newsletter_subscribed: true },
      }),
    );
    expect(res.status).toBe(201);
    const body = (await res.json()) as any;
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 900 });
    expect(body.access_token.split('.')).toHaveLength(3);
    expect(body.refresh_token.length).toBeGreaterThanOrEqual(40);
    expect(body.user).toMatchObject({
      email: email.toLowerCase(),
      first_name: 'Ada',
      date_of_birth: '1990-12-10',
      preferences: { currency: 'EUR', language: 'en-GB', newsletter_subscribed: true, marketing_emails: false },
      is_admin: false,
      is_verified: false,
      is_active: true,
    });
  });

  it('logs in by email or username, updates last_login, and the token opens the profile', async () => {
    const s = await registerUser({ username: unique('n') });
    const byEmail = await api('/api/users/login', json({ email: s.email.toUpperCase(), password: s.password }));
    expect(byEmail.status).toBe(200);
    const body = (await byEmail.json()) as any;
    expect(body.user.last_login).toBeTruthy();
    const byName = await api('/api/users/login', json({ username: String(s.user.username).toUpperCase(), password: s.password }));
    expect(byName.status).toBe(200);
    const profile = await api('/api/users/profile', { headers: bearer(body.access_token) });
    expect(profile.status).toBe(200);
    expect(((await profile.json()) as any).email).toBe(s.email);
  });

  it('rotates refresh tokens and logs out', async () => {
    const s = await registerUser();
    const r1 = await api('/api/users/refresh', json({ refresh_token: s.refresh_token }));
    expect(r1.status).toBe(200);
    const next = (await r1.json()) as any;
    expect(next.refresh_token).not.toBe(s.refresh_token);
    const out = await api('/api/users/logout', json({ refresh_token: next.refresh_token }));
    expect(out.status).toBe(204);
    expect((await api('/api/users/refresh', json({ refresh_token: next.refresh_token }))).status).toBe(401);
  });

  it('verifies the email with the token from the mail, once', async () => {
    const s = await registerUser();
    const token = await tokenMailedTo(s.email, /^Confirm your email/);
    const res = await api('/api/users/verify', json({ token }));
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).is_verified).toBe(true);
    expect((await api('/api/users/verify', json({ token }))).status).toBe(400);
    const row = await testDb().selectFrom('users').select(['is_verified', 'verification_token_hash']).where('id', '=', s.user.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ is_verified: true, verification_token_hash: null });
  });

  it('resets a forgotten password: single-use token, all sessions signed out', async () => {
    const s = await registerUser();
    const ip = freshIp();
    const result = await api('/api/users/password/forgot', json({ email: s.email }, { headers: { 'CF-Connecting-IP': ip } }));
    expect(result.status).toBe(202);
    const token = await tokenMailedTo(s.email, /^Reset your/);
    const reset = await api('/api/users/password/reset', json({ token, new_password: 'another-long-pass-2' }, { headers: { 'CF-Connecting-IP': ip } }));
    expect(reset.status).toBe(204);
    expect((await api('/api/users/password/reset', json({ token, new_password: 'third-long-pass-3' }))).status).toBe(400);
    expect((await api('/api/users/login', json({ email: s.email, password: s.password }))).status).toBe(401);
    expect((await api('/api/users/login', json({ email: s.email, password: 'another-long-pass-2' }))).status).toBe(200);
    expect((await api('/api/users/refresh', json({ refresh_token: s.refresh_token }))).status).toBe(401);
  });

  it('answers forgot with 202 for an unknown email, sending nothing', async () => {
    const email = `${unique()}@example.com`;
    const result = await api('/api/users/password/forgot', json({ email }));
    expect(result.status).toBe(202);
    expect(await result.json()).toEqual({ status: 'accepted' });
    // No event, so no mail will ever go: the outbox is the only way mail leaves.
    const events = await testDb().selectFrom('events').select('id').where('type', '=', 'account.password_reset').where(sql<boolean>`data->>'email' = ${email}`).execute();
    expect(events).toEqual([]);
    // A known address in the same breath gets its mail, so the unknown one had its chance to arrive too.
    const known = await registerUser();
    await api('/api/users/password/forgot', json({ email: known.email }));
    await mailsTo(known.email, /^Reset your/);
    expect(await inboxOf(email)).toEqual([]);
  });
});
