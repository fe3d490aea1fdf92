// Where the Worker may send a webhook. Link-local and cloud-metadata targets are refused everywhere;
// in production only https to public addresses (no loopback, private, shared or reserved ranges, no
// internal names). Checked when an endpoint is saved and again before every delivery, resolving the
// name each time, since DNS may have changed in between.

export interface TargetPolicy {
  /** Production rules: https only, public addresses only, names resolved and checked. */
  production: boolean;
  /** A name's addresses (A and AAAA); required in production. Throws when resolution fails. */
  resolve?: (host: string) => Promise<string[]>;
}

export type TargetCheck = { ok: true; url: URL } | { ok: false; reason: string };

const METADATA_NAMES = new Set(['metadata', 'metadata.google.internal', 'metadata.goog', 'instance-data', 'instance-data.ec2.internal']);
const INTERNAL_SUFFIXES = ['.localhost', '.local', '.internal', '.lan', '.home.arpa', '.intranet', '.corp'];

type Verdict = 'public' | 'private' | 'forbidden';

const refuse = (reason: string): TargetCheck => ({ ok: false, reason });

/** Parses dotted-quad IPv4 (as the URL parser normalises every IPv4 form) into its 32-bit value. */
function ipv4(text: string): number | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return null;
  return ((parts[0]! << 24) | (parts[1]! << 16) | (parts[2]! << 8) | parts[3]!) >>> 0;
}

/** Parses IPv6 text (with `::` and an optional dotted tail) into eight 16-bit groups. */
function ipv6(text: string): number[] | null {
  let s = text.replace(/^\[|\]$/g, '').toLowerCase();
  if (s.includes('%')) return null;
  const tail = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(s);
  if (tail) {
    const v4 = ipv4(tail[1]!);
    if (v4 === null) return null;
    s = `${s.slice(0, -tail[1]!.length)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : Number.NaN)));
  const head = parse(halves[0]!);
  const rest = halves.length === 2 ? parse(halves[1]!) : [];
  const groups = halves.length === 2 ? [...head, ...new Array(8 - head.length - rest.length).fill(0), ...rest] : head;
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0) ? groups : null;
}

const inV4 = (ip: number, base: string, bits: number) => {
  const b = ipv4(base)!;
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
  return (ip & mask) >>> 0 === (b & mask) >>> 0;
};

function classifyV4(ip: number): Verdict {
  // Link-local holds every cloud's metadata service (169.254.169.254); 0/8 reaches this host.
  if (inV4(ip, '169.254.0.0', 16) || inV4(ip, '0.0.0.0', 8)) return 'forbidden';
  const nonPublic: [string, number][] = [
    ['10.0.0.0', 8], ['127.0.0.0', 8], ['100.64.0.0', 10], ['172.16.0.0', 12], ['192.168.0.0', 16], ['192.0.0.0', 24],
    ['192.0.2.0', 24], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
  ];
  return nonPublic.some(([b, n]) => inV4(ip, b, n)) ? 'private' : 'public';
}

function classifyV6(g: number[]): Verdict {
  const v4At = (hi: number, lo: number) => ((g[hi]! << 16) | g[lo]!) >>> 0;
  if ((g[0]! & 0xffc0) === 0xfe80) return 'forbidden'; // fe80::/10 link-local
  if (g.slice(0, 5).every((x) => x === 0) && (g[5] === 0xffff || g[5] === 0)) {
    if (g[5] === 0 && g[6] === 0 && (g[7] === 0 || g[7] === 1)) return g[7] === 0 ? 'forbidden' : 'private'; // :: and ::1
    return classifyV4(v4At(6, 7)); // IPv4-mapped and IPv4-compatible
  }
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return classifyV4(v4At(6, 7)); // NAT64
  if (g[0] === 0x2002) return classifyV4(v4At(1, 2)) === 'public' ? 'public' : 'forbidden'; // 6to4 embeds an IPv4
  if ((g[0]! & 0xfe00) === 0xfc00 || (g[0]! & 0xff00) === 0xff00) return 'private'; // unique local, multicast
  if ((g[0] === 0x2001 && g[1] === 0x0db8) || (g[0] === 0x0100 && g.slice(1, 4).every((x) => x === 0))) return 'private';
  return 'public';
}

/** The verdict on an IP address literal, or null when `text` is not one. */
export function classifyAddress(text: string): Verdict | null {
  const v4 = ipv4(text);
  if (v4 !== null) return classifyV4(v4);
  const v6 = ipv6(text);
  return v6 ? classifyV6(v6) : null;
}

function verdictCheck(verdict: Verdict, what: string, policy: TargetPolicy): string | null {
  if (verdict === 'forbidden') return `${what} is a link-local, metadata or unspecified address`;
  if (verdict === 'private' && policy.production) return `${what} is not a public address`;
  return null;
}

/** The checks that need no network: scheme, credentials, address literals and names. */
export function checkTargetSyntax(raw: string, policy: TargetPolicy): TargetCheck {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse('not a valid URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return refuse('must be an http(s) URL');
  if (policy.production && url.protocol !== 'https:') return refuse('must use https');
  if (url.username || url.password) return refuse('must not carry credentials');
  const host = url.hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
  if (!host) return refuse('has no host');
  const literal = classifyAddress(host);
  if (literal) {
    const problem = verdictCheck(literal, 'the host', policy);
    return problem ? refuse(problem) : { ok: true, url };
  }
  if (METADATA_NAMES.has(host)) return refuse('the host is a cloud metadata service');
  if (policy.production && (host === 'localhost' || !host.includes('.') || INTERNAL_SUFFIXES.some((s) => host.endsWith(s)))) {
    return refuse('the host is not a public name');
  }
  return { ok: true, url };
}

/** Every check, resolving the name in production so that each address it has is checked too. */
export async function checkTarget(raw: string, policy: TargetPolicy): Promise<TargetCheck> {
  const syntax = checkTargetSyntax(raw, policy);
  if (!syntax.ok || !policy.production) return syntax;
  const host = syntax.url.hostname.replace(/^\[|\]$/g, '');
  if (classifyAddress(host)) return syntax;
  if (!policy.resolve) return refuse('the host cannot be resolved here');
  const addresses = await policy.resolve(host);
  if (addresses.length === 0) return refuse('the host does not resolve');
  for (const address of addresses) {
    const verdict = classifyAddress(address);
    const problem = verdict ? verdictCheck(verdict, `the host resolves to ${address}, which`, policy) : `the host resolves to ${address}`;
    if (problem) return refuse(problem);
  }
  return syntax;
}
