import { describe, expect, it } from 'vitest';
import { signAccessToken, verifyAccessToken } from '../auth/tokens';
import { signOrderViewToken, verifyOrderViewToken, VIEW_TOKEN_TTL_SECONDS } from './view-token';

const SECRET = 'view-token-test-secret-0123456789abcdef';
const T0 = Date.UTC(2026, 10, 25, 10, 0, 0);

describe('order view tokens', () => {
  it('read their order until the TTL has passed, on an injected clock', async () => {
    const { token, expiresAt } = await signOrderViewToken(SECRET, 42, T0);
    expect(expiresAt.getTime()).toBe(T0 + VIEW_TOKEN_TTL_SECONDS * 1000);
    expect(await verifyOrderViewToken(SECRET, token, T0)).toBe(42);
    expect(await verifyOrderViewToken(SECRET, token, T0 + VIEW_TOKEN_TTL_SECONDS * 1000 - 1000)).toBe(42);
    expect(await verifyOrderViewToken(SECRET, token, T0 + VIEW_TOKEN_TTL_SECONDS * 1000)).toBeNull();
  });

  it('fail under another secret, when tampered with, and are no access tokens (nor the reverse)', async () => {
    const { token } = await signOrderViewToken(SECRET, 42, T0);
    expect(await verifyOrderViewToken('another-secret-0123456789abcdef0123', token, T0)).toBeNull();
    const [h, p, s] = token.split('.');
    const forged = btoa(JSON.stringify({ ...JSON.parse(atob(p!.replace(/-/g, '+').replace(/_/g, '/'))), sub: '43' })).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
    expect(await verifyOrderViewToken(SECRET, `${h}.${forged}.${s}`, T0)).toBeNull();
    // A valid view token now, refused as an access token for its audience alone.
    const fresh = await signOrderViewToken(SECRET, 42);
    expect(await verifyOrderViewToken(SECRET, fresh.token)).toBe(42);
    expect(await verifyAccessToken(SECRET, fresh.token)).toBeNull();
    const access = await signAccessToken(SECRET, 42, 'customer', 'session', Date.now());
    expect(await verifyOrderViewToken(SECRET, access)).toBeNull();
  });
});
