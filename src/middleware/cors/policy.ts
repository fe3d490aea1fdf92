// Which browser origins may call the API: `CORS_ORIGINS`, a comma- or space-separated list of exact origins
// (`https://shop.example.com`) and subdomain patterns (`https://*.example.com`, any depth of subdomain, never
// the bare domain). In development, localhost and 127.0.0.1 on any port are allowed besides.

export interface CorsPolicy {
  exact: Set<string>;
  patterns: RegExp[];
  localhost: boolean;
}

const ENTRY = /^(https?):\/\/(\*\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*)(:\d{1,5})?$/;
const LOCALHOST = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Parses the list; throws naming the first entry that is no origin (a path, a trailing slash, a bare `*`). */
export function parseCorsOrigins(text: string | undefined, development: boolean): CorsPolicy {
  const policy: CorsPolicy = { exact: new Set(), patterns: [], localhost: development };
  for (const entry of (text ?? '').split(/[\s,]+/).filter(Boolean)) {
    const m = ENTRY.exec(entry.toLowerCase());
    if (!m) throw new Error(`"${entry}" is not an origin (scheme://host[:port], optionally https://*.domain)`);
    const [, scheme, wildcard, host, port = ''] = m;
    if (wildcard) policy.patterns.push(new RegExp(`^${scheme}://[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.${escape(host!)}${escape(port)}$`));
    else policy.exact.add(`${scheme}://${host}${port}`);
  }
  return policy;
}

/** True when `origin` (the request's Origin header, as browsers send it) may read the API's answers. */
export function isAllowedOrigin(origin: string, policy: CorsPolicy): boolean {
  const o = origin.toLowerCase();
  return policy.exact.has(o) || policy.patterns.some((p) => p.test(o)) || (policy.localhost && LOCALHOST.test(o));
}
