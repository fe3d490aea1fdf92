import { ApiError } from './errors.js';
import type { components } from './openapi.js';
import type { TokenStorage } from './storage.js';

type AuthResponse = components['schemas']['AuthResponse'];

/** A signed-in session as the client keeps it. */
export type Session = Pick<AuthResponse, 'access_token' | 'refresh_token' | 'user'>;

export type RawFetch = (request: Request) => Promise<Response>;

const SESSION_KEY = 'session';
// Browsers share storage between tabs: the Web Locks API (where present) keeps two tabs from rotating
// the same refresh token at once, which the API would take for a stolen token and sign out everywhere.
type LockManager = { request<T>(name: string, callback: () => Promise<T>): Promise<T> };
const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;

/**
 * The session and its refresh: a rejected access token is exchanged once for a new pair, and calls
 * that fail together share that one exchange.
 */
export class Sessions {
  private refreshing: Promise<string | null> | null = null;

  constructor(
    private readonly storage: TokenStorage,
    private readonly baseUrl: string,
    private readonly rawFetch: RawFetch,
    private readonly onChange: (session: Session | null) => void,
  ) {}

  async current(): Promise<Session | null> {
    const raw = await this.storage.get(SESSION_KEY);
    if (!raw) return null;
    try {
      const parsed = JSON.parse(raw) as Session;
      return typeof parsed.access_token === 'string' && typeof parsed.refresh_token === 'string' ? parsed : null;
    } catch {
      return null;
    }
  }

  async save(auth: Session): Promise<void> {
    const session: Session = { access_token: auth.access_token, refresh_token: auth.refresh_token, user: auth.user };
    await this.storage.set(SESSION_KEY, JSON.stringify(session));
    this.onChange(session);
  }

  async clear(): Promise<void> {
    await this.storage.remove(SESSION_KEY);
    this.onChange(null);
  }

  /**
   * A fresh access token after `rejected` was refused: the one already stored if another call (or tab)
   * rotated meanwhile, else a new one from POST /api/users/refresh. Null when the session is over.
   */
  refreshAfter(rejected: string): Promise<string | null> {
    this.refreshing ??= (locks ? locks.request('edge-commerce:refresh', () => this.rotate(rejected)) : this.rotate(rejected)).finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async rotate(rejected: string): Promise<string | null> {
    const session = await this.current();
    if (!session) return null;
    if (session.access_token !== rejected) return session.access_token;
    const response = await this.rawFetch(
      new Request(`${this.baseUrl}/api/users/refresh`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ refresh_token: session.refresh_token }),
      }),
    );
    const body: unknown = await response.json().catch(() => null);
    if (response.ok) {
      await this.save(body as AuthResponse);
      return (body as AuthResponse).access_token;
    }
    // The refresh token is unknown, expired, revoked or reused: the session is over.
    if (response.status === 401 || response.status === 422) {
      await this.clear();
      return null;
    }
    throw ApiError.from(response, body);
  }
}
