import { describe, expect, it } from 'vitest';
import { api, bearer, json, registerUser, unique } from '../../../test/worker/helpers';

const put = (path: string, token: string, body: unknown) => api(path, json(body, { method: 'PUT', headers: bearer(token) }));

describe('profile', () => {
  it('updates names, phone, date of birth, username and preferences', async () => {
    const s = await registerUser();
    const username = unique('n');
    const res = await put('/api/users/profile', s.access_token, {
      first_name: 'Grace',
      last_name: 'Hopper',
      phone: '+1 555 0100',
      date_of_birth: '1906-12-09',
      username,
      preferences: { currency: 'gbp', marketing_emails: true },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      first_name: 'Grace',
      date_of_birth: '1906-12-09',
      username,
      preferences: { currency: 'GBP', language: 'en', marketing_emails: true, newsletter_subscribed: false },
    });
    const again = (await (await api('/api/users/profile', { headers: bearer(s.access_token) })).json()) as any;
    expect(again.last_name).toBe('Hopper');
  });

  it('rejects a taken username and a future date of birth', async () => {
    const a = await registerUser({ username: unique('n') });
    const b = await registerUser();
    const taken = await put('/api/users/profile', b.access_token, { username: a.user.username });
    expect(taken.status).toBe(409);
    expect(((await taken.json()) as any).error.code).toBe('username_taken');
    expect((await put('/api/users/profile', b.access_token, { date_of_birth: '2999-01-01' })).status).toBe(422);
  });

  it('changes the password with the current one and signs out the other sessions only', async () => {
    const s = await registerUser();
    const other = (await (await api('/api/users/login', json({ email: s.email, password: s.password }))).json()) as any;
    expect((await put('/api/users/password', s.access_token, { current_password: 'wrong-password-1', new_password: 'new-long-pass-77' })).status).toBe(403);
    expect((await put('/api/users/password', s.access_token, { current_password: s.password, new_password: 'new-long-pass-77' })).status).toBe(204);
    expect((await api('/api/users/refresh', json({ refresh_token: other.refresh_token }))).status).toBe(401);
    expect((await api('/api/users/refresh', json({ refresh_token: s.refresh_token }))).status).toBe(200);
    expect((await api('/api/users/login', json({ email: s.email, password: s.password }))).status).toBe(401);
    expect((await api('/api/users/login', json({ email: s.email, password: 'new-long-pass-77' }))).status).toBe(200);
  });
});
