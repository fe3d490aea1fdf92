// Name resolution for the webhook target checks: Workers have no resolver API, so names are looked up
// over DNS-over-HTTPS (Cloudflare's JSON API, RFC 8484's sibling), A and AAAA in parallel.

const DOH_URL = 'https://cloudflare-dns.com/dns-query';
const TIMEOUT_MS = 3_000;
const A = 1;
const AAAA = 28;

interface DohAnswer {
  Status: number;
  Answer?: { type: number; data: string }[];
}

/** The addresses of `host`; an unknown name has none. Throws when the resolver cannot answer. */
export async function resolveHost(host: string, fetcher: typeof fetch = fetch, endpoint = DOH_URL): Promise<string[]> {
  const lookup = async (type: number) => {
    const url = `${endpoint}?name=${encodeURIComponent(host)}&type=${type}`;
    const res = await fetcher(url, { headers: { accept: 'application/dns-json' }, signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (!res.ok) throw new Error(`DNS resolver answered HTTP ${res.status}`);
    const body = (await res.json()) as DohAnswer;
    // 3 = NXDOMAIN: no such name. Any other failure (SERVFAIL, REFUSED) is the resolver's problem.
    if (body.Status === 3) return [];
    if (body.Status !== 0) throw new Error(`DNS resolver answered status ${body.Status}`);
    return (body.Answer ?? []).filter((a) => a.type === type).map((a) => a.data);
  };
  const [v4, v6] = await Promise.all([lookup(A), lookup(AAAA)]);
  return [...v4, ...v6];
}
