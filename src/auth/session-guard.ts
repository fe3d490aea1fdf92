import { ApiError } from '../lib/errors';
import type { AccessClaims } from './tokens';

/** Redis markers of revocations live as long as the access tokens they outlaw, and a minute more. */
export const MARKER_TTL_SECONDS = 16 * 60;

/** The Redis marker of an ended session (refresh-token family). */
export const sessionMarker = (sessionId: string) => `auth:sid:${sessionId}`;
/** The Redis marker of an account's current state: its role, `disabled` or `deleted`. */
export const accountMarker = (userId: number) => `auth:user:${userId}`;

export type AccountMarker = 'admin' | 'staff' | 'customer' | 'disabled' | 'deleted';

/** The 401 of a token whose session, account or role has changed since it was signed. */
export const sessionEnded = () =>
  new ApiError('unauthenticated', 401, 'The session has ended or the account changed; sign in again', undefined, { 'WWW-Authenticate': 'Bearer' });

/**
 * Whether the request's access token is still good: its session live, its account active, its role
 * current. The check rides on the request's own work: the database prepends `auth_session_check` to its
 * first round trip, and the cache adds the markers to its first read. A request that makes neither asks
 * Redis once at the end (`settle`).
 */
export class SessionGuard {
  private claims: AccessClaims | null = null;
  private dbVerified = false;
  private markersRead = false;

  constructor(
    /** Reads keys from Redis; null when Redis is unavailable. */
    private readonly readMarkers: (keys: string[]) => Promise<unknown[] | null>,
    /** Makes a database round trip (which carries the check). */
    private readonly pingDatabase: () => Promise<void>,
    /** The request's id, recorded with the audit entries of staff and admin writes. */
    private readonly requestId?: string,
  ) {}

  /** Called by the auth middleware once the token's signature is verified. */
  expect(claims: AccessClaims): void {
    this.claims = claims;
    this.dbVerified = false;
    this.markersRead = false;
  }

  /**
   * The check the next database round trip must carry, or null when none is owed. Staff and admin
   * sessions carry it on every round trip: it also names the actor of the transaction, for the audit log
   * and the inventory ledger.
   */
  databaseCheck(): { sql: string; parameters: unknown[] } | null {
    const claims = this.claims;
    if (!claims || (this.dbVerified && claims.role === 'customer')) return null;
    return {
      sql: 'select auth_session_check($1::integer, $2::uuid, $3::text, $4::text)',
      parameters: [claims.userId, claims.sessionId, claims.role, this.requestId ?? null],
    };
  }

  databasePassed(): void {
    this.dbVerified = true;
  }

  /** Marker keys the next cache read should fetch along, or [] when none are owed. */
  markerKeys(): string[] {
    const claims = this.claims;
    if (!claims || this.markersRead || this.dbVerified) return [];
    return [sessionMarker(claims.sessionId), accountMarker(claims.userId)];
  }

  /** Judges the markers read with `markerKeys()`; throws 401 when the token is outlawed. */
  judgeMarkers([session, account]: unknown[]): void {
    const claims = this.claims;
    if (!claims) return;
    this.markersRead = true;
    if (session !== null && session !== undefined) throw sessionEnded();
    if (account !== null && account !== undefined && String(account) !== claims.role) throw sessionEnded();
  }

  /** For a request that neither read the cache nor reached the database: one Redis read, or the database without Redis. */
  async confirm(): Promise<void> {
    const keys = this.markerKeys();
    if (!keys.length) return;
    const values = await this.readMarkers(keys);
    if (values) this.judgeMarkers(values);
    else await this.pingDatabase();
  }

  /** True once the database or the markers have vouched for the token (or there is none). */
  get settled(): boolean {
    return !this.claims || this.dbVerified || this.markersRead;
  }
}
