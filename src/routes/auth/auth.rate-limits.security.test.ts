import { describe, expect, it } from 'vitest';
import { createApp } from '../../lib/create-app';
import { registerRoutes } from '..';
import { BASE, captureLogs, freshIp, json, registerUser, testEnv, unique } from '../../../test/worker/helpers';

/** An app on a clock the test moves, with the given `RATE_LIMITS`. */
function limited(rateLimits = '', overrides: Record<string, string> = {}) {
  let now = Date.now();
  const app = registerRoutes(createApp({ clock: () => now }));
  const call = (path: string, body: unknown, ip: string) =>
    app.request(`${BASE}${path}`, json(body, { headers: { 'CF-Connecting-IP': ip } }), { ...testEnv, RATE_LIMITS: rateLimits, ...overrides });
  return {
    call,
    login: (body: Record<string, string>, ip: string) => call('/api/users/login', body, ip),
    advance: (seconds: number) => void (now += seconds * 1000),
  };
}

const WRONG = 'not-the-password-1';
const statuses = (responses: Response[]) => responses.map((r) => r.status);

describe('logins: nobody can lock an account owner out', () => {
  it('an attacker failing from five IPs is blocked on each, while the owner signs in from a sixth', async () => {
    const s = await registerUser();
    const { login } = limited('login_pair=3/900');
    const attackers = Array.from({ length: 5 }, () => freshIp());
    for (const ip of attackers) {
      for (let i = 0; i < 3; i++) expect((await login({ email: s.email, password: WRONG }, ip)).status).toBe(401);
      // Blocked for this IP, even with the right password.
      expect((await login({ email: s.email, password: s.password }, ip)).status).toBe(429);
    }
    expect((await login({ email: s.email, password: s.password }, freshIp())).status).toBe(200);
  });

  it('twelve good logins in a row all succeed (successes never count)', async () => {
    const s = await registerUser();
    const { login } = limited();
    const ip = freshIp();
    for (let i = 0; i < 12; i++) expect((await login({ email: s.email, password: s.password }, ip)).status, `login ${i + 1}`).toBe(200);
  });

  it('ten failures per IP and account in 15 minutes, then 429 with Retry-After until the window has room', async () => {
    const s = await registerUser();
    const { login, advance } = limited();
    const ip = freshIp();
    for (let i = 0; i < 10; i++) {
      expect((await login({ email: s.email, password: WRONG }, ip)).status).toBe(401);
      advance(10);
    }
    // The first failure was 100 s ago: it leaves the 900 s window in 800 s.
    const blocked = await login({ email: s.email, password: s.password }, ip);
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('Retry-After')).toBe('800');
    expect(((await blocked.json()) as any).error).toMatchObject({ code: 'rate_limited', details: { retry_after: 800 } });
    advance(799);
    expect((await login({ email: s.email, password: s.password }, ip)).status).toBe(429);
    advance(1);
    expect((await login({ email: s.email, password: s.password }, ip)).status).toBe(200);
  });

  it('a success clears the pair: failures before it no longer count', async () => {
    const s = await registerUser();
    const { login } = limited('login_pair=3/900');
    const ip = freshIp();
    for (let i = 0; i < 2; i++) await login({ email: s.email, password: WRONG }, ip);
    expect((await login({ email: s.email, password: s.password }, ip)).status).toBe(200);
    expect(statuses(await Promise.all([1, 2, 3].map(() => login({ email: s.email, password: WRONG }, ip))))).toEqual([401, 401, 401]);
    expect((await login({ email: s.email, password: s.password }, ip)).status).toBe(429);
  });

  it('the email and the username of one account share one bucket', async () => {
    const username = unique('n').slice(0, 30);
    const s = await registerUser({ username });
    const { login } = limited('login_pair=3/900');
    const ip = freshIp();
    expect((await login({ email: s.email, password: WRONG }, ip)).status).toBe(401);
    expect((await login({ username: username.toUpperCase(), password: WRONG }, ip)).status).toBe(401);
    expect((await login({ email: s.email.toUpperCase(), password: WRONG }, ip)).status).toBe(401);
    expect((await login({ username, password: s.password }, ip)).status).toBe(429);
    expect((await login({ email: s.email, password: s.password }, ip)).status).toBe(429);
  });

  it('caps failures per IP across accounts (credential stuffing); other IPs are unaffected', async () => {
    const s = await registerUser();
    const { login } = limited('login_ip=4/3600');
    const ip = freshIp();
    for (let i = 0; i < 4; i++) expect((await login({ email: `${unique()}@example.com`, password: WRONG }, ip)).status).toBe(401);
    expect((await login({ email: s.email, password: s.password }, ip)).status).toBe(429);
    expect((await login({ email: s.email, password: s.password }, freshIp())).status).toBe(200);
  });

  it('counts parallel guesses before checking them, so a burst gets no more than the limit', async () => {
    const s = await registerUser();
    const { login } = limited('login_pair=4/900');
    const ip = freshIp();
    const burst = statuses(await Promise.all(Array.from({ length: 12 }, () => login({ email: s.email, password: WRONG }, ip))));
    expect(burst.filter((st) => st === 401)).toHaveLength(4);
    expect(burst.filter((st) => st === 429)).toHaveLength(8);
  });
});

describe('account endpoints: other limits', () => {
  it('limits reset mail per account across IPs, as well as per IP', async () => {
    const s = await registerUser();
    const { call } = limited('forgot_account=2/3600,forgot_ip=2/3600');
    expect((await call('/api/users/password/forgot', { email: s.email }, freshIp())).status).toBe(202);
    expect((await call('/api/users/password/forgot', { email: s.email.toUpperCase() }, freshIp())).status).toBe(202);
    const flooded = await call('/api/users/password/forgot', { email: s.email }, freshIp());
    expect(flooded.status).toBe(429);
    expect(Number(flooded.headers.get('Retry-After'))).toBe(3600);
    const ip = freshIp();
    expect((await call('/api/users/password/forgot', { email: `${unique()}@example.com` }, ip)).status).toBe(202);
    expect((await call('/api/users/password/forgot', { email: `${unique()}@example.com` }, ip)).status).toBe(202);
    expect((await call('/api/users/password/forgot', { email: `${unique()}@example.com` }, ip)).status).toBe(429);
  });

  it('limits registrations, resets, email verification and refresh per IP', async () => {
    const { call } = limited('register_ip=1/60,reset_ip=1/60,verify_ip=1/60,refresh_ip=1/60');
    const ip = freshIp();
    const token = 'x'.repeat(43);
    const cases: [string, unknown, number][] = [
      ['/api/users/register', { email: `${unique()}@example.com`, password: 'a-long-password-1' }, 201],
      ['/api/users/password/reset', { token, new_password: 'a-long-password-1' }, 400],
      ['/api/users/verify', { token }, 400],
      ['/api/users/refresh', { refresh_token: token }, 401],
    ];
    for (const [path, body, first] of cases) {
      const again = path === '/api/users/register' ? { email: `${unique()}@example.com`, password: 'a-long-password-1' } : body;
      expect((await call(path, body, ip)).status, path).toBe(first);
      expect((await call(path, again, ip)).status, path).toBe(429);
      expect((await call(path, again, freshIp())).status, `${path} from another IP`).toBe(first);
    }
  });

  it('lets requests through, and logs it, when Redis is unreachable', async () => {
    const s = await registerUser();
    const { login } = limited('login_pair=1/60', { UPSTASH_REDIS_REST_URL: 'http://127.0.0.1:9' });
    const ip = freshIp();
    const { lines, result } = await captureLogs(async () => {
      const first = await login({ email: s.email, password: WRONG }, ip);
      const second = await login({ email: s.email, password: s.password }, ip);
      return [first.status, second.status];
    });
    expect(result).toEqual([401, 200]);
    expect(lines.some((l) => l.level === 'warn' && l.dependency === 'redis')).toBe(true);
  });
});
