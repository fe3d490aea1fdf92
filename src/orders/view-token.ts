import { SignJWT, errors as joseErrors, jwtVerify } from 'jose';
import { TOKEN_ISSUER } from '../auth/tokens';

// A guest proves who they are once (order number and email, POST /api/orders/lookup) and gets a
// short-lived token that reads that one order. It is a JWT under the server secret with its own
// audience, so it is never accepted as an access token, nor an access token as one of these.

export const VIEW_TOKEN_TTL_SECONDS = 15 * 60;
const AUDIENCE = 'edge-commerce-order-view';

/** Signs a token that reads order `orderId` for `VIEW_TOKEN_TTL_SECONDS` from `now` (ms). */
export async function signOrderViewToken(secret: string, orderId: number, now = Date.now()): Promise<{ token: string; expiresAt: Date }> {
  const iat = Math.floor(now / 1000);
  const exp = iat + VIEW_TOKEN_TTL_SECONDS;
  const token = await new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(String(orderId))
    .setIssuer(TOKEN_ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(new TextEncoder().encode(secret));
  return { token, expiresAt: new Date(exp * 1000) };
}

/** The order id a view token reads, or null when it is invalid, tampered with or expired at `now` (ms). */
export async function verifyOrderViewToken(secret: string, token: string, now = Date.now()): Promise<number | null> {
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
      algorithms: ['HS256'],
      issuer: TOKEN_ISSUER,
      audience: AUDIENCE,
      requiredClaims: ['sub', 'exp', 'iat'],
      currentDate: new Date(now),
      clockTolerance: 0,
    });
    const orderId = Number(payload.sub);
    return Number.isInteger(orderId) && orderId > 0 ? orderId : null;
  } catch (err) {
    if (err instanceof joseErrors.JOSEError) return null;
    throw err;
  }
}
